// Restores a backup archive into the embedded database of a data directory.
//
// Nothing in the target changes until the new copy is complete: the file is verified first (checksum),
// the database is rebuilt in a sibling directory (migrated to the backup's migration level, rows loaded
// with triggers and foreign keys off — session_replication_role = replica —, sequences set, row counts
// compared), and only then swapped in under the embedded-database lock. The previous content of a
// non-empty target (restored with --force) is kept aside, not deleted.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Transaction } from '@electric-sql/pglite';
import { acquireEmbeddedLock } from '@/lib/db/embedded-lock';
import { openEmbeddedDatabase, PGLITE_SUBDIR } from '@/lib/db/embedded';
import { DEFAULT_MIGRATIONS_DIR, LOCKFILE_CONTENT, LOCKFILE_NAME } from '@/lib/db/migrations-dir';
import { applyMigrations } from '@/lib/db/migrate';
import { readBackup, verifyBackup, type BackupCounts, type BackupHeader } from './archive';
import { readEndpoint } from './endpoint';
import { listFiles, SECRET_FILES, tablesInLoadOrder } from './snapshot';

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreTarget {
  dataDir: string;
  /** The local document store to restore into; null when documents live in S3. */
  documentsDir: string | null;
}

export interface RestoreResult {
  header: BackupHeader;
  counts: BackupCounts;
  /** Where the target's previous content was moved (restore with force over a non-empty target). */
  keptAside: string | null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows in the target's tables (migrations table excluded) plus files in its document store. */
async function targetContent(target: RestoreTarget): Promise<number> {
  let count = target.documentsDir ? listFiles(target.documentsDir).length : 0;
  if (!fs.existsSync(path.join(target.dataDir, PGLITE_SUBDIR))) return count;
  const embedded = openEmbeddedDatabase(target.dataDir); // throws EmbeddedDatabaseBusyError if a server holds it
  try {
    for (const table of await tablesInLoadOrder(embedded.pglite)) {
      const r = await embedded.pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(table)}`);
      count += r.rows[0]!.n;
    }
  } finally {
    await embedded.release();
  }
  return count;
}

/** The project's migrations, cut to the backup's level, as a folder the migration engine can read. */
function migrationsAtLevel(migrations: string[], scratch: string): string {
  const dir = path.join(scratch, 'migrations');
  fs.mkdirSync(dir, { recursive: true });
  const known = new Set(fs.readdirSync(DEFAULT_MIGRATIONS_DIR));
  const unknown = migrations.filter((m) => !known.has(m));
  if (unknown.length) {
    throw new RestoreRefusedError(
      `The backup was made by a newer version of the Trust Center (unknown migration ${unknown[0]}). Upgrade this installation first, then restore.`,
    );
  }
  for (const name of migrations)
    fs.cpSync(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  const lock = path.join(DEFAULT_MIGRATIONS_DIR, LOCKFILE_NAME);
  fs.writeFileSync(path.join(dir, LOCKFILE_NAME), fs.existsSync(lock) ? fs.readFileSync(lock) : LOCKFILE_CONTENT);
  return dir;
}

/** Columns a row can be inserted into: generated columns are computed again, not loaded. */
async function insertableColumns(tx: Pick<Transaction, 'query'>, table: string): Promise<string[]> {
  const r = await tx.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  if (!r.rows.length)
    throw new RestoreRefusedError(`The backup has rows for a table this version does not have: ${table}.`);
  return r.rows.map((c) => c.name);
}

/** Builds the restored database and files in `staging` (a sibling of the data directory). */
async function build(file: string, header: BackupHeader, counts: BackupCounts, staging: string): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-restore-'));
  try {
    await applyMigrations(
      { kind: 'embedded', dataDir: staging },
      { migrationsDir: migrationsAtLevel(header.migrations, scratch) },
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const filesRoot = path.join(staging, 'restore-files');
  const embedded = openEmbeddedDatabase(staging);
  try {
    const columns: Record<string, string[]> = {};
    await embedded.pglite.transaction(async (tx) => {
      // Triggers (the audit log's append-only guards) and foreign-key checks are off while loading.
      await tx.query(`SET LOCAL session_replication_role = replica`);
      await readBackup(file, async (record) => {
        if (record.kind === 'rows') {
          const t = ident(record.table);
          const cols = (columns[record.table] ??= await insertableColumns(tx, record.table)).map(ident).join(', ');
          await tx.query(
            `INSERT INTO ${t} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${t}, $1::json)`,
            [JSON.stringify(record.rows)],
          );
        } else if (record.kind === 'sequence' && record.value !== null) {
          await tx.query(`SELECT setval($1::regclass, $2::bigint, true)`, [ident(record.name), record.value]);
        } else if (record.kind === 'file') {
          const rel = path.normalize(record.path);
          if (path.isAbsolute(rel) || rel.startsWith('..'))
            throw new RestoreRefusedError(`The backup names a file outside its folders: ${record.path}`);
          const target = path.join(filesRoot, record.area, rel);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, Buffer.from(record.data, 'base64'), {
            mode: 0o600,
            flag: record.offset === 0 ? 'w' : 'a',
          });
        }
      });
      for (const [table, expected] of Object.entries(counts.tables)) {
        const r = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(table)}`);
        if (r.rows[0]!.n !== expected)
          throw new Error(`Restored ${r.rows[0]!.n} rows into ${table}, expected ${expected}.`);
      }
    });
  } finally {
    await embedded.release();
  }
}

/** rename, or copy and delete across file systems (a DOCUMENT_STORAGE_DIR on another volume). */
function move(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

function moveIfExists(from: string, to: string): boolean {
  if (!fs.existsSync(from)) return false;
  move(from, to);
  return true;
}

/**
 * Restores `file` into `target`. Refuses a damaged file, a running server, a backup from a newer
 * version, and a non-empty target unless `force`.
 */
export async function restoreBackup(
  file: string,
  target: RestoreTarget,
  { force = false } = {},
): Promise<RestoreResult> {
  const { header, counts } = await verifyBackup(file);
  const dataDir = path.resolve(target.dataDir);
  const endpoint = readEndpoint(dataDir);
  if (endpoint)
    throw new RestoreRefusedError(`A server (pid ${endpoint.pid}) is running on ${dataDir}: stop it before restoring.`);
  const existing = await targetContent({ ...target, dataDir });
  if (existing > 0 && !force) {
    throw new RestoreRefusedError(
      `${dataDir} is not empty (${existing} rows and documents). Restore into an empty DATA_DIR, or add --force to replace its content (the current content is kept aside).`,
    );
  }

  // Staging folders of a restore that crashed: unlocked ones are stale (a running restore holds its lock).
  for (const name of fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []) {
    if (!name.startsWith('.restore-')) continue;
    try {
      acquireEmbeddedLock(path.join(dataDir, name)).release();
      fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    } catch {
      // another restore is building there right now
    }
  }
  // Inside the data directory: the same file system (a Docker volume is its own), so the swap is a rename.
  const staging = path.join(dataDir, `.restore-${crypto.randomBytes(6).toString('hex')}`);
  fs.mkdirSync(staging, { recursive: true });
  try {
    await build(file, header, counts, staging);

    // The swap: under the lock, so no server opens the directory half-way.
    const lock = acquireEmbeddedLock(dataDir);
    const aside = path.join(dataDir, `pre-restore-${new Date().toISOString().replace(/[-:.]/g, '')}`);
    try {
      let movedAside = moveIfExists(path.join(dataDir, PGLITE_SUBDIR), path.join(aside, PGLITE_SUBDIR));
      move(path.join(staging, PGLITE_SUBDIR), path.join(dataDir, PGLITE_SUBDIR));
      for (const name of SECRET_FILES) {
        const restored = path.join(staging, 'restore-files', 'secrets', name);
        if (!fs.existsSync(restored)) continue;
        movedAside = moveIfExists(path.join(dataDir, name), path.join(aside, name)) || movedAside;
        move(restored, path.join(dataDir, name));
      }
      const docs = path.join(staging, 'restore-files', 'documents');
      if (target.documentsDir && fs.existsSync(docs)) {
        movedAside = moveIfExists(target.documentsDir, path.join(aside, 'documents')) || movedAside;
        fs.mkdirSync(path.dirname(target.documentsDir), { recursive: true });
        move(docs, target.documentsDir);
      }
      const keep = existing > 0 && movedAside;
      if (movedAside && !keep) fs.rmSync(aside, { recursive: true, force: true });
      return { header, counts, keptAside: keep ? aside : null };
    } finally {
      lock.release();
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
