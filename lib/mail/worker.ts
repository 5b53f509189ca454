import { logger } from '@/lib/log';
import { deliverPendingMail } from './deliver';

const INTERVAL_MS = 2000;
const KEY = Symbol.for('trust-center.mail-worker');

/** Polls the outbox in the server process. One per process; runs never overlap. */
export function startMailWorker(): void {
  const g = globalThis as { [KEY]?: NodeJS.Timeout };
  if (g[KEY]) return;
  let running = false;
  g[KEY] = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await deliverPendingMail();
    } catch (err) {
      logger.warn({ err: { message: (err as Error).message } }, 'mail worker: run failed');
    } finally {
      running = false;
    }
  }, INTERVAL_MS);
  g[KEY].unref();
}
