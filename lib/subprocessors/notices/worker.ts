import { logger } from '@/lib/log';
import { deliverPendingWebhooks } from '@/lib/webhooks/deliver';
import { dispatchPendingNotices } from './dispatch-notices';

const INTERVAL_MS = 5000;
const KEY = Symbol.for('trust-center.notices-worker');

/** Fans out published notices and sends due webhooks, in the server process. Runs never overlap. */
export function startNoticesWorker(): void {
  const g = globalThis as { [KEY]?: NodeJS.Timeout };
  if (g[KEY]) return;
  let running = false;
  g[KEY] = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await dispatchPendingNotices();
      await deliverPendingWebhooks();
    } catch (err) {
      logger.warn({ err: { message: (err as Error).message } }, 'notices worker: run failed');
    } finally {
      running = false;
    }
  }, INTERVAL_MS);
  g[KEY].unref();
}
