// Issue 21, finding 4: a migration killed half-way must not strand the database. Each migration and its
// `_prisma_migrations` row commit together, so a SIGKILL inside one leaves no trace of it and the next
// start applies it; a failed row left by an older version (Prisma's record-then-run) is reported with
// the command that clears it. The child processes run scripts/db-migrate.ts exactly as `npm start` does.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { applyMigrations, migrationStatus, MigrationBlockedError } from '@/lib/db/migrate';
import { readMigrationFiles } from '@/lib/db/migrate/history';
import { DEFAULT_MIGRATIONS_DIR } from '@/lib/db/migrations-dir';
import { migrationStatus as engineStatus } from '@/lib/db/schema-engine';
import { runScript } from '@/tests/fixtures/child-script';
import {
  createEmptyPostgresDatabase,
  freshDatabaseDir,
  onServer,
  testDatabases,
  testPostgresUrl,
} from '@/tests/fixtures/db';

const names = readMigrationFiles().map((m) => m.name);
const victim = names[2]!; // a migration in the middle: two before it are committed, the rest are not
// Child processes start tsx and PGlite: seconds each, more on a busy machine.
const SLOW = { timeout: 180_000 };

describe('a migration killed half-way (PGlite)', () => {
  it(
    'SIGKILL inside a migration leaves it unrecorded and unapplied; the next run applies everything and the history is clean',
    SLOW,
    async () => {
      const dataDir = freshDatabaseDir({ migrated: false });
      const killed = await runScript(
        'scripts/db-migrate.ts',
        [],
        { DATA_DIR: dataDir, TRUST_CENTER_TEST_PAUSE_MIGRATION: victim },
        /paused inside migration/,
      );
      expect(killed.signal).toBe('SIGKILL');

      const target = { kind: 'embedded', dataDir } as const;
      const after = await migrationStatus(target);
      expect(after).toMatchObject({ applied: names.slice(0, 2), failed: [], pending: names.slice(2) });

      // Re-running would fail with "already exists" had any of the victim's statements survived.
      const restarted = await runScript('scripts/db-migrate.ts', [], { DATA_DIR: dataDir });
      expect(restarted.stderr).toBe('');
      expect(restarted.code).toBe(0);
      expect(restarted.stdout).toContain(`+ ${victim}`);
      expect((await migrationStatus(target)).pending).toEqual([]);
      // Prisma's own engine reads our bookkeeping as a clean history (the table stays in Prisma's format).
      expect(await engineStatus(target)).toMatchObject({
        failedMigrationNames: [],
        editedMigrationNames: [],
        history: null,
      });
    },
  );
});

describe('a failed migration recorded by an older version', () => {
  let dataDir: string;
  const last = names.at(-1)!;
  const target = () => ({ kind: 'embedded', dataDir }) as const;

  beforeAll(async () => {
    // The database as Prisma's runner left it when killed inside the last migration: the migration
    // rolled back, its row started and never finished.
    dataDir = freshDatabaseDir({ migrated: false });
    const partial = path.join(testDatabases().runDir, `migrations-${Date.now()}`);
    fs.cpSync(DEFAULT_MIGRATIONS_DIR, partial, { recursive: true });
    fs.rmSync(path.join(partial, last), { recursive: true });
    await applyMigrations(target(), { migrationsDir: partial });
    const embedded = openEmbeddedDatabase(dataDir);
    try {
      await embedded.pglite.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
        ['00000000-0000-4000-8000-000000000001', readMigrationFiles().at(-1)!.checksum, last],
      );
    } finally {
      await embedded.release();
    }
  });

  it('db:migrate refuses and names both resolve commands; db:status points to them too', SLOW, async () => {
    await expect(applyMigrations(target())).rejects.toThrow(MigrationBlockedError);
    const migrate = await runScript('scripts/db-migrate.ts', [], { DATA_DIR: dataDir });
    expect(migrate.code).toBe(1);
    expect(migrate.stderr).toContain(`npm run db:migrate -- --resolve ${last} --rolled-back`);
    expect(migrate.stderr).toContain(`npm run db:migrate -- --resolve ${last} --applied`);

    const status = await runScript('scripts/db-status.ts', [], { DATA_DIR: dataDir });
    expect(status.code).toBe(1);
    expect(status.stdout).toContain(`failed: ${last}`);
    expect(status.stdout).toContain(`npm run db:migrate -- --resolve ${last} --rolled-back`);
  });

  it('--resolve <name> --rolled-back clears it, and the next db:migrate applies the migration', SLOW, async () => {
    const bad = await runScript('scripts/db-migrate.ts', ['--resolve', names[0]!, '--rolled-back'], {
      DATA_DIR: dataDir,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not a failed migration');

    const resolved = await runScript('scripts/db-migrate.ts', ['--resolve', last, '--rolled-back'], {
      DATA_DIR: dataDir,
    });
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toContain(`Marked ${last} as rolled back`);
    expect(await applyMigrations(target())).toEqual({ applied: [last], edited: [] });
    expect(await engineStatus(target())).toMatchObject({ failedMigrationNames: [], history: null });
  });

  it('--resolve <name> --applied records it without running it', SLOW, async () => {
    const dir = freshDatabaseDir({ migrated: false });
    const t = { kind: 'embedded', dataDir: dir } as const;
    await applyMigrations(t);
    const embedded = openEmbeddedDatabase(dir);
    try {
      // A migration completed by hand after a failure: its row failed, its changes present.
      await embedded.pglite.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [last]);
      await embedded.pglite.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, 'x', $2)`,
        ['00000000-0000-4000-8000-000000000002', last],
      );
    } finally {
      await embedded.release();
    }
    const resolved = await runScript('scripts/db-migrate.ts', ['--resolve', last, '--applied'], { DATA_DIR: dir });
    expect(resolved.code).toBe(0);
    expect(await migrationStatus(t)).toMatchObject({ failed: [], pending: [], edited: [] });
    expect(await applyMigrations(t)).toEqual({ applied: [], edited: [] });
  });
});

const serverUrl = testPostgresUrl();

describe.skipIf(!serverUrl)('migrations on PostgreSQL (TEST_DATABASE_URL): atomic and one run at a time', () => {
  let empty: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    empty = await createEmptyPostgresDatabase();
  });
  afterAll(async () => {
    await empty?.drop();
  });

  it(
    'SIGKILL inside a migration: rolled back with its row, advisory lock released, the next run completes',
    SLOW,
    async () => {
      const killed = await runScript(
        'scripts/db-migrate.ts',
        [],
        { DATABASE_URL: empty.url, TRUST_CENTER_TEST_PAUSE_MIGRATION: victim },
        /paused inside migration/,
      );
      expect(killed.signal).toBe('SIGKILL');
      const target = { kind: 'postgres', url: empty.url } as const;
      // The server notices the dead session; until it does, the runner waits for the lock.
      expect(await migrationStatus(target)).toMatchObject({ applied: names.slice(0, 2), failed: [] });
      expect((await applyMigrations(target)).applied).toEqual(names.slice(2));
    },
  );

  it('two runs at the same time: one applies, the other waits for it and finds nothing to do', SLOW, async () => {
    const other = await createEmptyPostgresDatabase();
    try {
      const target = { kind: 'postgres', url: other.url } as const;
      const results = await Promise.all([
        applyMigrations(target, { onWait: () => {} }),
        applyMigrations(target, { onWait: () => {} }),
      ]);
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, names.length]);
      const rows = await onServer(
        other.url,
        async (c) => (await c.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')).rows[0].n,
      );
      expect(rows).toBe(names.length);
    } finally {
      await other.drop();
    }
  });
});
