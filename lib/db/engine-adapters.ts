// Migration-aware driver adapters for the wasm schema engine (scripts and tests only — never imported by
// the app). The stock adapters need three fixes for migrations, each found by running them:
//  1. Scripts must run whole. adapter-pg splits a script on ';', which breaks every PL/pgSQL body
//     ("unterminated dollar-quoted string"); pglite-prisma-adapter does not await `exec`, so a failing
//     migration was recorded as applied and its error became an unhandled rejection. Here both send the
//     script as one simple-protocol query — one implicit transaction, as the native engine does.
//  2. adapter-pg rejects PostgreSQL's internal `"char"` type (pg_constraint.contype …) that the engine's
//     introspection reads ("Column type 'char' could not be deserialized"); we relabel it as text.
//  3. adapter-pg's shadow database gets dropped while its own pool is still connected; ours closes the
//     pool first. PGlite's stock shadow is never closed; ours is.
import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { parsePostgresUrl } from './postgres-url';

export interface EngineConnection {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes every adapter handed to the engine that it has not disposed itself. */
  close(): Promise<void>;
}

interface PostgresErrorFields {
  code: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

function isPostgresError(err: unknown): err is PostgresErrorFields {
  return err instanceof Error && typeof (err as Partial<PostgresErrorFields>).code === 'string';
}

/** The engine prints DriverAdapterErrors as "Error querying the database: ERROR: …" with the SQL state. */
function rethrowForEngine(err: unknown): never {
  if (!isPostgresError(err)) throw err;
  throw new DriverAdapterError({
    kind: 'postgres',
    code: err.code,
    severity: err.severity ?? 'ERROR',
    message: err.message,
    detail: err.detail,
    column: err.column,
    hint: err.hint,
  });
}

/** Delegates to `inner`, with a whole-script executeScript and an idempotent dispose with extra cleanup. */
function adapted(
  inner: SqlDriverAdapter,
  runScript: (script: string) => Promise<unknown>,
  afterDispose: () => Promise<void> = async () => {},
): SqlDriverAdapter {
  let disposed = false;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (q: Parameters<SqlDriverAdapter['queryRaw']>[0]) => inner.queryRaw(q),
    executeRaw: (q: Parameters<SqlDriverAdapter['executeRaw']>[0]) => inner.executeRaw(q),
    startTransaction: (level: Parameters<SqlDriverAdapter['startTransaction']>[0]) => inner.startTransaction(level),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    async executeScript(script: string) {
      try {
        await runScript(script);
      } catch (err) {
        rethrowForEngine(err);
      }
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      try {
        await inner.dispose();
      } finally {
        await afterDispose();
      }
    },
  };
}

function tracker() {
  const adapters: { dispose(): Promise<void> }[] = [];
  return {
    track<T extends { dispose(): Promise<void> }>(a: T): T {
      adapters.push(a);
      return a;
    },
    async closeAll(): Promise<void> {
      const results = await Promise.allSettled(adapters.splice(0).map((a) => a.dispose()));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

async function pgliteAdapter(db: PGlite, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  return adapted(await new PrismaPGlite(db).connect(), (script) => db.exec(script), afterDispose);
}

let emptyCluster: Blob | undefined;

/**
 * A new, empty in-memory PGlite. initdb costs ~1.3 s; restoring a dump of a pristine cluster ~0.3 s, so
 * the first one of the process is dumped (40 MB, kept) and later ones start from that dump.
 */
async function emptyMemoryPglite(): Promise<PGlite> {
  if (emptyCluster) return PGlite.create({ loadDataDir: emptyCluster });
  const db = await PGlite.create();
  emptyCluster ??= await db.dumpDataDir('none');
  return db;
}

/** A throw-away in-memory PGlite per shadow database (migrations replayed to compute diffs). */
async function memoryShadow(): Promise<SqlDriverAdapter> {
  const shadow = await emptyMemoryPglite();
  return pgliteAdapter(shadow, () => shadow.close());
}

/** Migrations over an open PGlite (the embedded database or a test's copy). */
export function pgliteEngineConnection(db: PGlite): EngineConnection {
  const t = tracker();
  return {
    factory: {
      provider: 'postgres',
      adapterName: 'pglite-prisma-adapter',
      connect: async () => t.track(await pgliteAdapter(db)),
      connectToShadowDb: async () => t.track(await memoryShadow()),
    },
    close: () => t.closeAll(),
  };
}

/**
 * No database of record at all: for diffs between the migrations folder and schema.prisma, which only
 * use the shadow database. The engine connects to the main database when it starts but does not query
 * it for a diff, so that PGlite is created only if a query arrives (saves ~1 s of initdb per diff).
 */
export function scratchEngineConnection(): EngineConnection {
  const t = tracker();
  let main: Promise<SqlDriverAdapter> | undefined;
  const real = () => (main ??= memoryShadow());
  const lazy: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    queryRaw: async (q) => (await real()).queryRaw(q),
    executeRaw: async (q) => (await real()).executeRaw(q),
    executeScript: async (s) => (await real()).executeScript(s),
    startTransaction: async (level) => (await real()).startTransaction(level),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {
      if (main) await (await main).dispose();
    },
  };
  return {
    factory: {
      provider: 'postgres',
      adapterName: 'pglite-prisma-adapter',
      connect: async () => t.track(lazy),
      connectToShadowDb: async () => t.track(await memoryShadow()),
    },
    close: () => t.closeAll(),
  };
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * A one-connection pool (session-level advisory lock and all statements on the same connection, like
 * the native engine) whose results report `"char"` columns as text. Only non-transactional
 * `pool.query` calls are relabelled — the engine's catalogue reads are exactly those.
 */
function enginePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, max: 1 });
  type Query = (...args: unknown[]) => unknown;
  const original = pool.query.bind(pool) as Query;
  const relabel = (result: unknown): unknown => {
    if (!Array.isArray(result)) {
      for (const field of (result as pg.QueryResult).fields ?? []) {
        if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      }
    }
    return result;
  };
  (pool as unknown as { query: Query }).query = (...args) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(relabel) : out;
  };
  return pool;
}

async function postgresAdapter(config: pg.PoolConfig, schema: string | undefined, afterDispose?: () => Promise<void>) {
  const pool = enginePool(config);
  const inner = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
  return adapted(inner, (script) => pool.query(script), afterDispose);
}

/** Runs one statement on a short-lived connection to the database of record (CREATE/DROP DATABASE). */
async function admin(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Migrations over PostgreSQL; the shadow database is created on the same server, as Prisma does. */
export function postgresEngineConnection(url: string): EngineConnection {
  const { pool: config, schema } = parsePostgresUrl(url);
  const t = tracker();
  return {
    factory: {
      provider: 'postgres',
      adapterName: '@prisma/adapter-pg',
      connect: async () => t.track(await postgresAdapter(config, schema)),
      connectToShadowDb: async () => {
        const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
        await admin(config, `CREATE DATABASE "${name}"`);
        // The shadow's pool is closed by the adapter's dispose before this drop runs.
        return t.track(
          await postgresAdapter({ ...config, database: name }, schema, () =>
            admin(config, `DROP DATABASE IF EXISTS "${name}"`),
          ),
        );
      },
    },
    close: () => t.closeAll(),
  };
}
