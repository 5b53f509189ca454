// The migrations folder is the only way the schema reaches a database: it must apply cleanly to an empty
// PGlite and an empty PostgreSQL, record itself like `prisma migrate deploy`, be idempotent, and match
// schema.prisma exactly (no drift). The wasm engine runs here for real, so keep the number of runs low.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Schema-engine diffs and whole migration runs take 10-40 s on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, readMigrations } from '@/lib/db/migrations-dir';
import { applyMigrations } from '@/lib/db/migrate';
import { createMigration, diffMigrationsToSchema, migrationStatus } from '@/lib/db/schema-engine';
import {
  createEmptyPostgresDatabase,
  freshDatabaseDir,
  onServer,
  testDatabases,
  testPostgresUrl,
} from '@/tests/fixtures/db';

const expectedNames = readMigrations().migrationDirectories.map((m) => m.path);

/** Query runner over either kind of database, returning plain rows. */
type Query = <T>(sql: string) => Promise<T[]>;

/**
 * What a migration creates, in a form both databases print identically — compared between PGlite and
 * PostgreSQL to prove the same folder yields the same structure on both.
 */
const CATALOGUE_SQL = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
              FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                   AND contype <> 'n' -- PostgreSQL 18 (PGlite) also lists NOT NULL here; 15 does not
                 ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY 1, e.enumsortorder`,
  triggers: `SELECT tgrelid::regclass::text AS tbl, tgname, pg_get_triggerdef(oid) AS def
               FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
};

async function catalogue(query: Query): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(CATALOGUE_SQL)) out[name] = await query(sql);
  return out;
}

async function appliedRows(query: Query) {
  return query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; logs: string | null }>(
    'SELECT migration_name, finished_at, rolled_back_at, logs FROM _prisma_migrations ORDER BY started_at',
  );
}

function expectRecorded(rows: Awaited<ReturnType<typeof appliedRows>>) {
  expect(rows.map((r) => r.migration_name)).toEqual(expectedNames);
  for (const row of rows) {
    expect(row.finished_at).not.toBeNull();
    expect(row.rolled_back_at).toBeNull();
  }
}

let pgliteCatalogue: Record<string, unknown[]> | undefined;

describe('migrations on PGlite', () => {
  const dataDir = freshDatabaseDir({ migrated: false });

  it('apply to an empty PGlite and are recorded in _prisma_migrations', async () => {
    expect(expectedNames.length).toBeGreaterThan(0);
    expect(await applyMigrations({ kind: 'embedded', dataDir })).toEqual({ applied: expectedNames, edited: [] });

    const embedded = openEmbeddedDatabase(dataDir);
    try {
      const query: Query = async (sql) => (await embedded.pglite.query(sql)).rows as never;
      expectRecorded(await appliedRows(query));
      pgliteCatalogue = await catalogue(query);
      expect(pgliteCatalogue.triggers).toHaveLength(7); // the hand-written triggers: append-only AuditEvent (3) and AuditCheckpoint (3), single-row SetupCompletion
    } finally {
      await embedded.release();
    }
  });

  it('re-applying applies nothing, and the status is clean', async () => {
    expect(await applyMigrations({ kind: 'embedded', dataDir })).toEqual({ applied: [], edited: [] });
    const status = await migrationStatus({ kind: 'embedded', dataDir });
    expect(status).toMatchObject({ failedMigrationNames: [], editedMigrationNames: [], history: null });
  });

  it('no drift: the migrations build exactly what schema.prisma describes', async () => {
    // If this fails: `npm run db:migration -- <name>` writes the missing migration.
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('db:migration writes a schema change as a new timestamped migration, then finds nothing more', async () => {
    // On copies: the real folder and schema stay untouched.
    const work = fs.mkdtempSync(path.join(testDatabases().runDir, 'migration-'));
    const migrationsDir = path.join(work, 'migrations');
    const schemaPath = path.join(work, 'schema.prisma');
    fs.cpSync(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    fs.writeFileSync(
      schemaPath,
      `${fs.readFileSync(DEFAULT_SCHEMA_PATH, 'utf8')}\nmodel MigrationProbe {\n  id Int @id\n}\n`,
    );

    const created = await createMigration('add probe', {
      migrationsDir,
      schemaPath,
      now: new Date('2099-01-02T03:04:05Z'),
    });
    expect(created?.name).toBe('20990102030405_add_probe');
    expect(fs.readFileSync(created!.file, 'utf8')).toContain('CREATE TABLE "MigrationProbe"');

    const again = await createMigration('nothing', {
      migrationsDir,
      schemaPath,
      now: new Date('2099-01-02T03:05:00Z'),
    });
    expect(again).toBeNull();
    expect(fs.readdirSync(migrationsDir).filter((n) => n.startsWith('2099'))).toEqual(['20990102030405_add_probe']);
  });
});

const serverUrl = testPostgresUrl();

describe.skipIf(!serverUrl)('migrations on PostgreSQL (TEST_DATABASE_URL)', () => {
  let empty: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    empty = await createEmptyPostgresDatabase();
  });
  afterAll(async () => {
    await empty?.drop();
  });

  it('apply to an empty PostgreSQL database and are recorded in _prisma_migrations', async () => {
    expect(await applyMigrations({ kind: 'postgres', url: empty.url })).toEqual({ applied: expectedNames, edited: [] });
    await onServer(empty.url, async (client) => {
      const query: Query = async (sql) => (await client.query(sql)).rows;
      expectRecorded(await appliedRows(query));
      // Same folder, same structure on both engines (PGlite's catalogue comes from the test above).
      if (pgliteCatalogue) expect(await catalogue(query)).toEqual(pgliteCatalogue);
    });
  });

  it('re-applying applies nothing', async () => {
    expect(await applyMigrations({ kind: 'postgres', url: empty.url })).toEqual({ applied: [], edited: [] });
  });

  it('no drift when the migrations are replayed on a PostgreSQL shadow database', async () => {
    expect(await diffMigrationsToSchema({ shadow: { kind: 'postgres', url: empty.url } })).toBe('');
    // The shadow database was created and dropped by the engine connection, not leaked.
    const leftovers = await onServer(
      empty.url,
      async (c) =>
        (await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)).rows,
    );
    expect(leftovers).toEqual([]);
  });
});

if (!serverUrl) {
  describe('migrations on PostgreSQL', () => {
    it.skip('skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them', () => {});
  });
}
