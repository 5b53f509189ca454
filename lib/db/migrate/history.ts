// `_prisma_migrations`, exactly as Prisma Migrate creates and reads it, so a database migrated here is
// one `prisma migrate deploy/status/resolve` understands, and the other way round.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MIGRATIONS_DIR } from '../migrations-dir';
import type { MigrationSql } from './connection';

export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of the file, hex: Prisma's checksum. */
  checksum: string;
}

export function checksumOf(sql: string): string {
  return crypto.createHash('sha256').update(sql).digest('hex');
}

/** Every `<dir>/<name>/migration.sql`, in name order; a folder without its file is an error. */
export function readMigrationFiles(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      if (!fs.existsSync(file)) throw new Error(`${path.join(name, 'migration.sql')} is missing from ${dir}`);
      const sql = fs.readFileSync(file, 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

export async function hasMigrationsTable(sql: MigrationSql): Promise<boolean> {
  const [row] = await sql.query<{ found: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS found`);
  return Boolean(row?.found);
}

export async function readHistory(sql: MigrationSql): Promise<MigrationRow[]> {
  if (!(await hasMigrationsTable(sql))) return [];
  return sql.query<MigrationRow>(
    'SELECT id, checksum, migration_name, finished_at, rolled_back_at, started_at FROM "_prisma_migrations" ORDER BY started_at, migration_name',
  );
}

/** Prisma's reading: finished and not rolled back = applied; neither finished nor rolled back = failed. */
export const isApplied = (r: MigrationRow) => r.finished_at !== null && r.rolled_back_at === null;
export const isFailed = (r: MigrationRow) => r.finished_at === null && r.rolled_back_at === null;

export function resolveCommand(name: string, how: 'rolled-back' | 'applied'): string {
  return `npm run db:migrate -- --resolve ${name} --${how}`;
}

/** What to tell someone whose database holds a failed migration (left by a kill or an older version). */
export function failedMigrationAdvice(names: string[]): string {
  const lines = [
    `The database records ${names.length === 1 ? 'a migration' : 'migrations'} that started but never finished: ${names.join(', ')}.`,
  ];
  for (const name of names) {
    lines.push(
      `  If ${name} left no changes (the usual case: PostgreSQL rolls back an interrupted migration), run`,
      `    ${resolveCommand(name, 'rolled-back')}`,
      `  and then npm run db:migrate applies it again. If you completed its changes by hand, run`,
      `    ${resolveCommand(name, 'applied')}`,
    );
  }
  return lines.join('\n');
}

export class MigrationBlockedError extends Error {
  constructor(readonly failed: string[]) {
    super(failedMigrationAdvice(failed));
    this.name = 'MigrationBlockedError';
  }
}
