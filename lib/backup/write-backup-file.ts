// Writes a backup to a file safely: into `<file>.partial` (owner-only: it holds password hashes and the
// local MFA key), read back and verified, then renamed into place. A crash never leaves a file under the
// final name that is not a complete backup.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getConfig } from '@/lib/config';
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { fileSha256, verifyBackup, type BackupCounts } from './archive';
import { writeSnapshot, type SnapshotResult } from './snapshot';

export interface WrittenBackup {
  file: string;
  bytes: number;
  sha256: string;
  counts: BackupCounts;
  createdAt: string;
}

/** `produce` writes the archive into the stream it is given (a snapshot here, or a server's answer). */
export async function writeBackupFile(
  file: string,
  produce: (out: fs.WriteStream) => Promise<unknown>,
): Promise<WrittenBackup> {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    const out = fs.createWriteStream(partial, { mode: 0o600 });
    const closed = new Promise<void>((resolve, reject) => out.once('close', resolve).once('error', reject));
    await produce(out);
    await closed;
    const { header, counts } = await verifyBackup(partial);
    fs.renameSync(partial, target);
    return {
      file: target,
      bytes: fs.statSync(target).size,
      sha256: await fileSha256(target),
      counts,
      createdAt: header.createdAt,
    };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

/** What to snapshot, from the configuration: the embedded database, its local documents and secrets. */
export function snapshotPaths(): { dataDir: string; documentsDir: string | null } {
  const cfg = getConfig();
  if (cfg.database.kind !== 'embedded') {
    throw new Error(
      'db:backup snapshots the embedded database. With DATABASE_URL set, back up PostgreSQL with pg_dump (see README "Backups").',
    );
  }
  return { dataDir: cfg.database.dataDir, documentsDir: cfg.documents.s3 ? null : cfg.documents.storageDir };
}

/**
 * Snapshots the embedded database of this process's configuration into `file`. In the server it shares
 * the server's PGlite; in a CLI it opens (and locks) the database, so it fails while a server holds it.
 */
export async function backupEmbeddedToFile(file: string): Promise<WrittenBackup & { snapshotAt: Date }> {
  const { dataDir, documentsDir } = snapshotPaths();
  const embedded = openEmbeddedDatabase(dataDir);
  try {
    let snap: SnapshotResult | undefined;
    const written = await writeBackupFile(file, async (out) => {
      snap = await writeSnapshot({ pglite: embedded.pglite, dataDir: embedded.dataDir, documentsDir }, out);
    });
    return { ...written, snapshotAt: snap!.snapshotAt };
  } finally {
    await embedded.release();
  }
}

/** Pipes a ready-made archive stream (the running server's answer) into `file`. */
export function saveBackupStream(file: string, body: Readable): Promise<WrittenBackup> {
  return writeBackupFile(file, (out) => pipeline(body, out));
}

/** Default file name: sorts by time, and the schedule recognises its own files by it. */
export function defaultBackupName(now = new Date()): string {
  return `trust-center-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.backup.gz`;
}
export const BACKUP_NAME = /^trust-center-\d{8}T\d{6}Z\.backup\.gz$/;
