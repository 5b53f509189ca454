import { logger } from '@/lib/log';
import { onShutdown } from '@/lib/shutdown';

// The server process's background loops (mail, notices, scheduled publishing, content poll): one timer per
// name and process — a hot reload or a second import does not start another — and a run never overlaps the
// previous one. A failed run is logged and the next tick tries again. On shutdown the timer stops and a
// run in progress is awaited, so the database is closed only after it.

interface Loop {
  timer: NodeJS.Timeout;
  current: Promise<void> | null;
}

export function every(name: string, intervalMs: number, run: () => Promise<unknown>): void {
  const key = Symbol.for(`trust-center.job.${name}`);
  const g = globalThis as { [key: symbol]: Loop | undefined };
  if (g[key]) return;
  const loop: Loop = {
    current: null,
    timer: setInterval(() => {
      if (loop.current) return;
      loop.current = (async () => {
        try {
          await run();
        } catch (err) {
          logger.warn({ err: { message: (err as Error).message } }, `${name}: run failed`);
        } finally {
          loop.current = null;
        }
      })();
    }, intervalMs),
  };
  loop.timer.unref();
  g[key] = loop;
  onShutdown(`job:${name}`, 'jobs', async () => {
    clearInterval(loop.timer);
    await loop.current;
    delete g[key];
  });
}
