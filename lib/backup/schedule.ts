// The server's automatic backups (BACKUP_DIR, BACKUP_KEEP): checked every hour, a new backup is taken when
// the newest one in the folder is a day old or missing — so a restart neither skips a day nor doubles one.
// Only files named like ours are ever deleted.
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { every } from '@/lib/jobs/every';
import { logger } from '@/lib/log';
import { BACKUP_NAME, backupEmbeddedToFile, defaultBackupName } from './write-backup-file';

const DAY_MS = 24 * 3600_000;
const CHECK_MS = 3600_000;

function ours(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => BACKUP_NAME.test(n))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** One check: backs up when due, then prunes beyond `keep`. Returns the file written, if any. */
export async function runScheduledBackup(now = new Date()): Promise<string | null> {
  const cfg = getConfig();
  if (!cfg.backup || cfg.database.kind !== 'embedded') return null;
  const { dir, keep } = cfg.backup;
  const newest = ours(dir).at(-1);
  if (newest && now.getTime() - fs.statSync(path.join(dir, newest)).mtimeMs < DAY_MS - CHECK_MS / 2) return null;
  const written = await backupEmbeddedToFile(path.join(dir, defaultBackupName(now)));
  logger.info({ file: written.file, bytes: written.bytes, sha256: written.sha256 }, 'backup: daily backup written');
  const all = ours(dir);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(path.join(dir, old), { force: true });
  return written.file;
}

export function startBackupSchedule(): void {
  const cfg = getConfig();
  if (!cfg.backup) return;
  if (cfg.database.kind !== 'embedded') {
    logger.warn('BACKUP_DIR is set but the database is PostgreSQL: back it up with pg_dump (README "Backups").');
    return;
  }
  // First check a minute after start (not during it), then hourly.
  setTimeout(
    () =>
      void runScheduledBackup().catch((err: Error) =>
        logger.warn({ err: { message: err.message } }, 'backup: run failed'),
      ),
    60_000,
  ).unref();
  every('backup', CHECK_MS, runScheduledBackup);
}
