// The application's database handle. Deliberately no `import 'server-only'`: that package throws outside
// React Server Components, and migrate/seed scripts (tsx) import this module too. It is server code all
// the same — it never reaches a client bundle because only server modules import it.
//
// Nothing here touches the database at import time: `next build` imports server modules, and the
// embedded database belongs to the single process that serves the app.
import { getConfig } from '@/lib/config';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { onShutdown } from '@/lib/shutdown';
import { openPrismaClient, type OpenClient } from './client';

export type { PrismaClient };
/** The `tx` of `db().$transaction(async (tx) => …)`: use-cases take it to write audit rows atomically. */
export type DbTransaction = Prisma.TransactionClient;
export { EmbeddedDatabaseBusyError } from './embedded-lock';

const CURRENT = Symbol.for('trust-center.db');

/** On globalThis: Next.js may evaluate this module more than once per process (and dev reloads it). */
const slot = globalThis as { [CURRENT]?: OpenClient };

/**
 * The process-wide Prisma client, created on first call from getConfig().database: PGlite in
 * `<DATA_DIR>/pglite` when DATABASE_URL is unset, PostgreSQL otherwise. Throws EmbeddedDatabaseBusyError
 * when another process holds the embedded database.
 *
 * Inside `db().$transaction(async (tx) => …)` use `tx` only: PGlite has a single connection, so a query
 * through `db()` there waits for the transaction to end — which it cannot — until the transaction
 * times out (5 s) and rolls back. PostgreSQL would hide that bug; the PGlite test run finds it.
 */
export function db(): PrismaClient {
  if (!slot[CURRENT]) {
    slot[CURRENT] = openPrismaClient(getConfig().database);
    // The server closes it after its last request and background run (server.mjs, lib/shutdown.ts).
    onShutdown('database', 'database', closeDb);
  }
  return slot[CURRENT].client;
}

/** Disconnects and, for the embedded database, closes PGlite and releases its lock. Safe to call twice. */
export async function closeDb(): Promise<void> {
  const current = slot[CURRENT];
  if (!current) return;
  delete slot[CURRENT];
  await current.close();
}
