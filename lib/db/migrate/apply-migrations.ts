// `prisma migrate deploy` without the engine, and without its weak spot: Prisma records a migration as
// started, runs it, then marks it finished, so a kill in between leaves a "failed" row that blocks every
// later start. Here each migration's script and its row are one transaction: after a kill the database
// has both or neither, and the next run simply applies what is missing.
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config';
import { DEFAULT_MIGRATIONS_DIR } from '../migrations-dir';
import type { DatabaseTarget } from '../target';
import { openMigrationConnection, type MigrationSql } from './connection';
import {
  CREATE_MIGRATIONS_TABLE,
  isApplied,
  isFailed,
  MigrationBlockedError,
  readHistory,
  readMigrationFiles,
  type MigrationFile,
} from './history';

export interface ApplyOptions {
  migrationsDir?: string;
  /** Progress lines (waiting for the lock); console.log by default. */
  onWait?: (message: string) => void;
}

export interface ApplyResult {
  applied: string[];
  /** Applied earlier, but the file has changed since (a warning, as with Prisma). */
  edited: string[];
}

/**
 * Statements PostgreSQL refuses inside a transaction block. A migration holding one runs the way Prisma
 * runs every migration (row first, then the script, then finished_at); if it is interrupted, the
 * `--resolve` command clears its row.
 */
const NON_TRANSACTIONAL = /\b(CONCURRENTLY|ALTER\s+SYSTEM|VACUUM)\b|\b(CREATE|DROP)\s+(DATABASE|TABLESPACE)\b/i;

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
    rolledBack: boolean,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      rolledBack
        ? `Migration ${migration} failed and was rolled back; the database is as it was before it. ${reason}`
        : `Migration ${migration} failed part-way (it cannot run in a transaction). ${reason}`,
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

/**
 * Test hook: with TRUST_CENTER_TEST_PAUSE_MIGRATION=<name>, the runner stops inside that migration's
 * transaction (script run, row written, not committed), says so on stdout and waits to be killed.
 */
async function pauseForTest(name: string): Promise<void> {
  if (getConfig().isProduction || process.env.TRUST_CENTER_TEST_PAUSE_MIGRATION !== name) return;
  process.stdout.write(`paused inside migration ${name}\n`);
  await new Promise(() => setInterval(() => undefined, 60_000));
}

const INSERT_APPLIED = `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
  VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`;

async function applyOne(conn: Awaited<ReturnType<typeof openMigrationConnection>>, m: MigrationFile): Promise<void> {
  if (!NON_TRANSACTIONAL.test(m.sql)) {
    try {
      await conn.transaction(async (tx: MigrationSql) => {
        await tx.exec(m.sql);
        await tx.query(INSERT_APPLIED, [crypto.randomUUID(), m.checksum, m.name]);
        await pauseForTest(m.name);
      });
    } catch (err) {
      throw new MigrationFailedError(m.name, err, true);
    }
    return;
  }
  const id = crypto.randomUUID();
  await conn.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)', [
    id,
    m.checksum,
    m.name,
  ]);
  try {
    await conn.exec(m.sql);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await conn.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]).catch(() => undefined);
    throw new MigrationFailedError(m.name, err, false);
  }
  await conn.query(
    'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
    [id],
  );
}

/** Applies the migrations not yet recorded, in name order. Refuses while a failed migration is recorded. */
export async function applyMigrations(
  target: DatabaseTarget = getConfig().database,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const files = readMigrationFiles(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const conn = await openMigrationConnection(target, options.onWait);
  try {
    await conn.exec(CREATE_MIGRATIONS_TABLE);
    const history = await readHistory(conn);
    const failed = [...new Set(history.filter(isFailed).map((r) => r.migration_name))];
    if (failed.length) throw new MigrationBlockedError(failed);
    const done = new Map(history.filter(isApplied).map((r) => [r.migration_name, r.checksum]));
    const edited = files.filter((f) => done.has(f.name) && done.get(f.name) !== f.checksum).map((f) => f.name);
    const applied: string[] = [];
    for (const m of files) {
      if (done.has(m.name)) continue;
      await applyOne(conn, m);
      applied.push(m.name);
    }
    return { applied, edited };
  } finally {
    await conn.close();
  }
}
