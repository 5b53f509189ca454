import 'server-only';
import { db } from '@/lib/db';
import { logger } from '@/lib/log';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { ok: boolean; roundTripMs: number | null; error?: string };
  time: string;
}

const TIMEOUT_MS = 2000;

/** One database round trip, bounded so a hung database answers 503 quickly instead of hanging probes. */
export async function checkHealth(): Promise<HealthReport> {
  const started = performance.now();
  try {
    await Promise.race([
      db().$queryRawUnsafe('SELECT 1'),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
      ),
    ]);
    const roundTripMs = Math.round((performance.now() - started) * 100) / 100;
    return { status: 'ok', database: { ok: true, roundTripMs }, time: new Date().toISOString() };
  } catch (err) {
    logger.warn({ err: { message: (err as Error).message } }, 'health check: database unreachable');
    // The reason is generic on purpose: probes are public and must not reveal hosts or credentials.
    return {
      status: 'unavailable',
      database: { ok: false, roundTripMs: null, error: 'database unreachable' },
      time: new Date().toISOString(),
    };
  }
}
