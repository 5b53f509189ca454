// Database plumbing shared by the global setup (vitest's main process) and tests/fixtures/db.ts
// (workers). No `vitest` import here: this module also runs outside a test worker.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { LOCK_FILE_NAME } from '@/lib/db/embedded-lock';
import { parsePostgresUrl, withDatabase } from '@/lib/db/postgres-url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Gitignored; holds the cached PGlite template and one folder per test run. */
export const TEST_DATA_ROOT = path.join(REPO_ROOT, '.test-data');

/**
 * Copies a closed PGlite data dir. Reflinks where the file system can (btrfs, xfs, APFS), plain copies
 * elsewhere; the lock file is left out so the copy starts unowned.
 */
export function copyDataDir(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    mode: fs.constants.COPYFILE_FICLONE,
    filter: (src) => path.basename(src) !== LOCK_FILE_NAME,
  });
}

/** Runs statements on a short-lived connection to the database named in `url`. */
export async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(parsePostgresUrl(url).pool);
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Unique and at most 63 bytes (PostgreSQL's limit); the prefix ties it to its run for cleanup. */
export function databaseName(prefix: string): string {
  return `${prefix.slice(0, 54)}_${crypto.randomBytes(4).toString('hex')}`;
}

/**
 * Creates a database on the server of `serverUrl`, empty or copied from `template`, and returns its URL.
 * CREATE DATABASE … TEMPLATE refuses while another session uses the template, and a concurrent copy
 * from another worker briefly counts as one: retry on that error (55006).
 */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const sql = `CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`;
  await onServer(serverUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006' || attempt >= 20) throw err;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
  return withDatabase(serverUrl, name);
}

/** WITH (FORCE) (PostgreSQL 13+): a test that leaked a connection must not leak its database too. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix` (a run's leftovers). */
export async function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<void> {
  const { rows } = await onServer(serverUrl, (client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1', [prefix]),
  );
  for (const { datname } of rows) await dropDatabase(serverUrl, datname);
}
