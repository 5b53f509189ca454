// Prisma Migrate without the native engine: @prisma/schema-engine-wasm over our driver adapters
// (lib/db/engine-adapters.ts). Used by scripts/db-*.ts and the test setup only; the app never imports
// this module, so the 5 MB engine stays out of the server bundle.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as EngineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiagnoseMigrationHistoryOutput, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { getConfig } from '@/lib/config';
import { openEmbeddedDatabase } from './embedded';
import {
  pgliteEngineConnection,
  postgresEngineConnection,
  scratchEngineConnection,
  type EngineConnection,
} from './engine-adapters';
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  migrationTimestamp,
  readMigrations,
  readSchema,
  writeMigration,
} from './migrations-dir';
import type { DatabaseTarget } from './target';

export interface MigrationPaths {
  migrationsDir?: string;
  schemaPath?: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };
const LOADED = Symbol.for('trust-center.schema-engine-wasm');

/**
 * The engine races some steps against timers (10 s for the migration advisory lock) and never clears
 * them — the glue imports setTimeout but no clearTimeout — so every script would linger 10 s before
 * exiting. Unref'd timers still fire while the engine is busy; they just no longer keep Node alive.
 */
function withUnrefTimers(bindings: typeof EngineBindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(bindings as unknown as WebAssembly.ModuleImports) };
  for (const [name, fn] of Object.entries(imports)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof fn !== 'function') continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (fn as (...a: unknown[]) => unknown)(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return imports;
}

/**
 * Instantiates the wasm once per process. The package's own entry imports the .wasm as an ES module,
 * which Node 20 cannot do without a flag, so we compile it by hand and hand it to the JS glue.
 */
function loadEngine(): Promise<typeof EngineBindings> {
  const g = globalThis as { [LOADED]?: Promise<typeof EngineBindings> };
  return (g[LOADED] ??= (async () => {
    const bindings = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await fs.promises.readFile(path.join(path.dirname(glue), 'schema_engine_bg.wasm'));
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {
      './schema_engine_bg.js': withUnrefTimers(bindings),
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })());
}

/** Engine errors end with a Rust span trace ("0: schema_engine_wasm::…"); keep it, but out of the headline. */
export class SchemaEngineError extends Error {
  constructor(
    message: string,
    readonly trace: string,
  ) {
    super(message);
    this.name = 'SchemaEngineError';
  }
}

function engineError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const at = err.message.search(/\n\s+0: /);
  return at < 0 ? err : new SchemaEngineError(err.message.slice(0, at).trim(), err.message.slice(at + 1));
}

async function withEngine<T>(
  connection: EngineConnection,
  schemaPath: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  try {
    const { SchemaEngine } = await loadEngine();
    const schema = readSchema(schemaPath);
    const verbose = /schema-engine|prisma:\*/.test(process.env.DEBUG ?? '');
    const engine = await SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      (line: string) => verbose && console.error(line),
      // The engine calls the factory's methods unbound; the binding also turns thrown errors into results.
      bindMigrationAwareSqlAdapterFactory(connection.factory),
    );
    try {
      return await run(engine);
    } catch (err) {
      throw engineError(err);
    } finally {
      engine.free();
    }
  } finally {
    await connection.close();
  }
}

/** Runs `run` with an engine connected to `target`; the embedded database is opened (and locked) here. */
async function withTarget<T>(
  target: DatabaseTarget,
  schemaPath: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (target.kind === 'postgres') return withEngine(postgresEngineConnection(target.url), schemaPath, run);
  const embedded = openEmbeddedDatabase(target.dataDir);
  try {
    return await withEngine(pgliteEngineConnection(embedded.pglite), schemaPath, run);
  } finally {
    await embedded.release();
  }
}

/**
 * `prisma migrate deploy`: applies the migrations not yet in `_prisma_migrations`, in order, recording
 * each exactly as Prisma does (checksum, started/finished_at). Returns the names it applied.
 */
export async function applyMigrations(
  target: DatabaseTarget = getConfig().database,
  paths: MigrationPaths = {},
): Promise<{ applied: string[] }> {
  const migrationsList = readMigrations(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const { appliedMigrationNames } = await withTarget(target, paths.schemaPath ?? DEFAULT_SCHEMA_PATH, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return { applied: appliedMigrationNames };
}

/** Applied, pending, failed and edited migrations of `target` (`prisma migrate status`). */
export async function migrationStatus(
  target: DatabaseTarget = getConfig().database,
  paths: MigrationPaths = {},
): Promise<DiagnoseMigrationHistoryOutput> {
  const migrationsList = readMigrations(paths.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withTarget(target, paths.schemaPath ?? DEFAULT_SCHEMA_PATH, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS }),
  );
}

export interface DiffOptions extends MigrationPaths {
  /**
   * Where to replay the migrations: a throw-away in-memory PGlite (default, needs no server) or a
   * temporary database on a PostgreSQL server (created and dropped like Prisma's shadow database).
   */
  shadow?: { kind: 'pglite' } | { kind: 'postgres'; url: string };
}

/**
 * The SQL that would bring a database built from the migrations folder to schema.prisma. Empty string:
 * no drift. SQL added by hand to a migration (triggers, functions) is outside Prisma's model and does not
 * count as drift.
 */
export async function diffMigrationsToSchema(options: DiffOptions = {}): Promise<string> {
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const migrations = readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const shadow = options.shadow ?? { kind: 'pglite' };
  const connection = shadow.kind === 'postgres' ? postgresEngineConnection(shadow.url) : scratchEngineConnection();
  const result = await withEngine(connection, schemaPath, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrations },
      to: { tag: 'schemaDatamodel', files: [readSchema(schemaPath)] },
      script: true,
      // With exitCode set the engine answers 2 for "there is a difference", 0 for none — more robust
      // than recognising its "-- This is an empty migration." text.
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? '') : '';
}

export interface CreatedMigration {
  name: string;
  file: string;
  sql: string;
}

/**
 * `prisma migrate dev --create-only`: writes `<timestamp>_<name>/migration.sql` with the drift between
 * the migrations folder and schema.prisma, computed on an in-memory PGlite. Null when there is nothing
 * to migrate (nothing is written).
 */
export async function createMigration(
  name: string,
  options: MigrationPaths & { now?: Date } = {},
): Promise<CreatedMigration | null> {
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new Error('Give the migration a name made of letters, digits or underscores, e.g. add_api_keys');
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const folder = `${migrationTimestamp(options.now ?? new Date())}_${slug}`;
  const latest = readMigrations(migrationsDir).migrationDirectories.at(-1)?.path;
  if (latest && folder <= latest) {
    // Migrations apply in name order: a folder sorting before the latest would run out of order.
    throw new Error(`${folder} would sort before the latest migration ${latest}; check the system clock.`);
  }
  const sql = await diffMigrationsToSchema(options);
  if (!sql) return null;
  return { name: folder, file: writeMigration(migrationsDir, folder, sql), sql };
}
