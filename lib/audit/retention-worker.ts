import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { logger } from '@/lib/log';
import { applyRetentionEverywhere } from './apply-retention';

const KEY = Symbol.for('trust-center.audit-retention');
const DAY_MS = 86_400_000;

/** Applies audit retention a minute after start and then daily, in the server process. */
export function startAuditRetention(): void {
  const g = globalThis as { [KEY]?: NodeJS.Timeout };
  if (g[KEY]) return;
  const run = async () => {
    try {
      const results = await applyRetentionEverywhere(db(), getConfig().auditRetentionDays);
      const pruned = results.reduce((n, r) => n + r.pruned, 0);
      if (pruned) logger.info({ pruned }, 'audit retention applied');
    } catch (err) {
      logger.warn({ err: { message: (err as Error).message } }, 'audit retention failed');
    }
  };
  setTimeout(run, 60_000).unref();
  g[KEY] = setInterval(run, DAY_MS);
  g[KEY].unref();
}
