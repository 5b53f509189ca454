// The two connections the migration runner works over: the embedded PGlite (opened and locked here) or
// one PostgreSQL session of its own. Plain SQL, no Prisma and no schema engine: applying a migration is
// BEGIN, its script, its `_prisma_migrations` row, COMMIT — so a kill at any point leaves either both or
// neither (issue 21, finding 4).
import pg from 'pg';
import { openEmbeddedDatabase } from '../embedded';
import { parsePostgresUrl } from '../postgres-url';
import type { DatabaseTarget } from '../target';

export interface MigrationSql {
  /** One parameterised statement. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A whole script (many statements, PL/pgSQL bodies), sent as one simple-protocol query. */
  exec(script: string): Promise<void>;
}

export interface MigrationConnection extends MigrationSql {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: MigrationSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The key Prisma Migrate takes for its session-level advisory lock: with the same key, our runner,
 * `prisma migrate deploy` and a second instance starting at the same time all wait for each other.
 */
export const MIGRATION_LOCK_KEY = 72707369;
const LOCK_WAIT_MS = 120_000;

function embeddedConnection(dataDir: string): MigrationConnection {
  // The lock file already makes the embedded database single-process; no advisory lock needed.
  const embedded = openEmbeddedDatabase(dataDir);
  const db = embedded.pglite;
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (script) => {
      await db.exec(script);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      ),
    close: () => embedded.release(),
  };
}

async function postgresConnection(url: string, onWait: (message: string) => void): Promise<MigrationConnection> {
  const { pool, schema } = parsePostgresUrl(url);
  const client = new pg.Client(pool);
  client.on('error', () => undefined); // a dropped connection rejects the pending query instead
  await client.connect();
  const sql: MigrationSql = {
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    exec: async (script) => {
      await client.query(script);
    },
  };
  try {
    if (schema) {
      const id = client.escapeIdentifier(schema);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${id}`);
      await client.query(`SET search_path TO ${id}`);
    }
    const deadline = Date.now() + LOCK_WAIT_MS;
    let told = false;
    for (;;) {
      const [row] = await sql.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATION_LOCK_KEY]);
      if (row?.ok) break;
      if (Date.now() > deadline) {
        throw new Error(
          `Another process has been applying migrations to this database for over ${LOCK_WAIT_MS / 1000} s (advisory lock ${MIGRATION_LOCK_KEY} is held). Try again once it has finished.`,
        );
      }
      if (!told) onWait('Another process is applying migrations to this database; waiting for it to finish…');
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return {
    ...sql,
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work(sql);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
    // Ending the session releases the advisory lock (so does a killed process: the server sees it go).
    close: () => client.end(),
  };
}

/** Opens `target` for migrations: locks the embedded directory, or takes PostgreSQL's migration lock. */
export async function openMigrationConnection(
  target: DatabaseTarget,
  onWait: (message: string) => void = (m) => console.log(m),
): Promise<MigrationConnection> {
  return target.kind === 'embedded' ? embeddedConnection(target.dataDir) : postgresConnection(target.url, onWait);
}
