// A consistent logical snapshot of the embedded database, its local document store and its generated
// secrets, written as one backup archive (lib/backup/archive.ts).
//
// Every table is read inside ONE transaction (REPEATABLE READ), so the archive holds exactly the writes
// committed before it began. PGlite has a single connection and runs a transaction exclusively: the
// server's own queries wait for the read to finish (a pause, not downtime). Document files are copied
// afterwards: they are written before their row commits and never changed in place, so every file a
// snapshotted row refers to already exists.
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { ArchiveWriter, BACKUP_FORMAT, BACKUP_VERSION, type BackupCounts, type FileArea } from './archive';

const PAGE_ROWS = 500;
const FILE_CHUNK = 1024 * 1024;
/** Local secrets created in embedded mode (lib/config/local-secrets.ts): TOTP secrets cannot be read without mfa-keys,
 * and the audit checkpoints signed before the backup verify only with the same signing key. */
export const SECRET_FILES = ['auth-secret', 'mfa-keys', 'audit-signing-key.pem'] as const;
export const MIGRATIONS_TABLE = '_prisma_migrations';

type Sql = Pick<Transaction, 'query'>;

export interface SnapshotSource {
  pglite: PGlite;
  dataDir: string;
  /** The local document store, or null when documents live in S3 (back up the bucket instead). */
  documentsDir: string | null;
}

export interface SnapshotResult {
  counts: BackupCounts;
  /** When the snapshot's transaction began: every write acknowledged before this is in the archive. */
  snapshotAt: Date;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables of the current schema, parents before children (foreign keys), the migrations table excluded. */
export async function tablesInLoadOrder(sql: Sql): Promise<string[]> {
  const tables = (
    await sql.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1 ORDER BY tablename`,
      [MIGRATIONS_TABLE],
    )
  ).rows.map((r) => r.name);
  const edges = (
    await sql.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname <> p.relname`,
    )
  ).rows;
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: string) => {
    if (state.get(t)) return; // done, or a cycle: the restore defers constraints anyway
    state.set(t, 'visiting');
    for (const e of edges) if (e.child === t && tables.includes(e.parent)) visit(e.parent);
    state.set(t, 'done');
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered;
}

export async function appliedMigrations(sql: Sql): Promise<string[]> {
  const exists = await sql.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [
    ident(MIGRATIONS_TABLE),
  ]);
  if (!exists.rows[0]?.ok) return [];
  const rows = await sql.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.rows.map((r) => r.name);
}

/** Every regular file under `dir`, relative paths with '/', half-written `*.tmp` files skipped. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && !e.name.endsWith('.tmp')) out.push(child);
    }
  };
  walk('');
  return out;
}

async function writeFile(writer: ArchiveWriter, area: FileArea, root: string, rel: string): Promise<void> {
  let data: Buffer;
  try {
    data = await fs.promises.readFile(path.join(root, rel));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // deleted since it was listed
    throw err;
  }
  writer.counts.files++;
  let offset = 0;
  do {
    const chunk = data.subarray(offset, offset + FILE_CHUNK);
    await writer.write({ kind: 'file', area, path: rel, offset, data: chunk.toString('base64') });
    offset += chunk.length;
  } while (offset < data.length);
}

/** Writes the whole archive to `out` (ended when done). */
export async function writeSnapshot(source: SnapshotSource, out: Writable): Promise<SnapshotResult> {
  const writer = new ArchiveWriter(out);
  let snapshotAt = new Date();
  try {
    await source.pglite.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await tx.query('SET TRANSACTION READ ONLY');
      snapshotAt = new Date();
      await writer.write({
        kind: 'header',
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: snapshotAt.toISOString(),
        migrations: await appliedMigrations(tx),
        documents: source.documentsDir ? 'local' : 's3',
      });
      for (const table of await tablesInLoadOrder(tx)) {
        // Paged by physical row id: stable inside the snapshot, no sort, bounded memory.
        let after = '(0,0)';
        for (;;) {
          const page = await tx.query<{ c: string; j: string }>(
            `SELECT ctid::text AS c, row_to_json(t)::text AS j FROM ${ident(table)} t WHERE ctid > $1::tid ORDER BY ctid LIMIT ${PAGE_ROWS}`,
            [after],
          );
          await writer.writeRows(
            table,
            page.rows.map((r) => r.j),
          );
          if (page.rows.length < PAGE_ROWS) break;
          after = page.rows[page.rows.length - 1]!.c;
        }
      }
      const sequences = await tx.query<{ name: string; value: string | null }>(
        `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename`,
      );
      for (const s of sequences.rows) await writer.write({ kind: 'sequence', name: s.name, value: s.value });
    });
    if (source.documentsDir) {
      for (const rel of listFiles(source.documentsDir)) await writeFile(writer, 'documents', source.documentsDir, rel);
    }
    for (const name of SECRET_FILES) await writeFile(writer, 'secrets', source.dataDir, name);
    return { counts: await writer.finish(), snapshotAt };
  } catch (err) {
    out.destroy(err as Error);
    throw err;
  }
}
