import { logger } from '@/lib/log';

// The server process's background loops (mail, notices, scheduled publishing, content poll): one timer per
// name and process — a hot reload or a second import does not start another — and a run never overlaps the
// previous one. A failed run is logged and the next tick tries again.

export function every(name: string, intervalMs: number, run: () => Promise<unknown>): void {
  const key = Symbol.for(`trust-center.job.${name}`);
  const g = globalThis as { [key: symbol]: NodeJS.Timeout | undefined };
  if (g[key]) return;
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (err) {
      logger.warn({ err: { message: (err as Error).message } }, `${name}: run failed`);
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  g[key] = timer;
}
