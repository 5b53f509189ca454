// Runs before each integration test file, before the file imports anything from lib/: points DATA_DIR
// (PGlite) or DATABASE_URL (PostgreSQL) at a private copy of the migrated template, so `db()` in that
// file sees a fresh database, isolated from files running in parallel. Closed and removed afterwards.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { closeDb } from '@/lib/db';
import { testDatabases } from '@/tests/fixtures/db';
import { copyDataDir, createDatabase, databaseName, dropDatabase } from './databases';

const { runId, runDir, pgliteTemplateDir, postgres } = testDatabases();
const started = performance.now();
let removeCopy: () => Promise<void>;

// DATA_DIR is private in both modes: it also holds other state (the generated auth secret…).
const dataDir = path.join(runDir, crypto.randomUUID());
process.env.DATA_DIR = dataDir;
if (postgres) {
  const name = databaseName(`${runId}_file`);
  process.env.DATABASE_URL = await createDatabase(postgres.serverUrl, name, postgres.templateName);
  removeCopy = async () => {
    await dropDatabase(postgres.serverUrl, name);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
} else {
  copyDataDir(pgliteTemplateDir, dataDir);
  delete process.env.DATABASE_URL; // a developer's DATABASE_URL must never receive test data
  removeCopy = async () => fs.rmSync(dataDir, { recursive: true, force: true });
}
resetConfigForTests();
if (process.env.TEST_DB_TIMINGS) {
  console.log(`[db] per-file database copy: ${Math.round(performance.now() - started)} ms`);
}

afterAll(async () => {
  await closeDb();
  await removeCopy();
});
