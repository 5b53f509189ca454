// Vitest global setup for the integration project: migrate ONE template per run, so that each test
// file gets a copy (tests/setup/db-file.ts) instead of paying for PGlite's initdb and the wasm engine.
//  - PGlite: a closed data dir under .test-data/templates, keyed by the migrations' content and the
//    engine/PGlite versions, so it is rebuilt only when one of them changes.
//  - PostgreSQL (TEST_DATABASE_URL set): a template database named after the run, dropped at the end
//    with every database of the run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/db/migrate';
import { DEFAULT_MIGRATIONS_DIR } from '@/lib/db/migrations-dir';
import { createDatabase, dropDatabasesStartingWith, REPO_ROOT, TEST_DATA_ROOT } from './databases';

function templateKey(): string {
  const hash = crypto.createHash('sha256');
  for (const pkg of ['@electric-sql/pglite', '@prisma/schema-engine-wasm']) {
    // Read from node_modules directly: pglite's `exports` does not expose its package.json.
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8'));
    hash.update(`${pkg}@${(manifest as { version: string }).version}\n`);
  }
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(REPO_ROOT, full)}\n`).update(fs.readFileSync(full));
    }
  };
  walk(DEFAULT_MIGRATIONS_DIR);
  return hash.digest('hex').slice(0, 16);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders of runs that crashed or were killed before their teardown. */
function pruneDeadRuns(): void {
  const runs = path.join(TEST_DATA_ROOT, 'runs');
  if (!fs.existsSync(runs)) return;
  for (const name of fs.readdirSync(runs)) {
    const pid = Number(/^tc_test_(\d+)_/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) fs.rmSync(path.join(runs, name), { recursive: true, force: true });
  }
}

const TEMPLATE_UNUSED_MS = 3600_000;

async function pgliteTemplate(): Promise<string> {
  const templates = path.join(TEST_DATA_ROOT, 'templates');
  const dir = path.join(templates, `pglite-${templateKey()}`);
  if (!fs.existsSync(dir)) {
    const building = path.join(templates, `building-${process.pid}-${crypto.randomUUID()}`);
    try {
      await applyMigrations({ kind: 'embedded', dataDir: building }); // opens, migrates, closes
      fs.renameSync(building, dir); // atomic: a template directory exists only when complete
    } catch (err) {
      fs.rmSync(building, { recursive: true, force: true });
      if (!fs.existsSync(dir)) throw err; // else a parallel run finished the same template first
    }
  }
  // Mark it used; templates of other migration sets go once unused for an hour (a run that started
  // on another branch may still be copying from its own).
  const now = new Date();
  fs.utimesSync(dir, now, now);
  for (const name of fs.readdirSync(templates)) {
    const other = path.join(templates, name);
    const builder = Number(/^building-(\d+)-/.exec(name)?.[1]);
    const stale = builder ? !isAlive(builder) : fs.statSync(other).mtimeMs < now.getTime() - TEMPLATE_UNUSED_MS;
    if (other !== dir && stale) fs.rmSync(other, { recursive: true, force: true });
  }
  return dir;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const runId = `tc_test_${process.pid}_${Date.now().toString(36)}`;
  const runDir = path.join(TEST_DATA_ROOT, 'runs', runId);
  pruneDeadRuns();
  fs.mkdirSync(runDir, { recursive: true });

  const serverUrl = process.env.TEST_DATABASE_URL || undefined;
  const [pgliteTemplateDir, postgres] = await Promise.all([
    pgliteTemplate(),
    (async () => {
      if (!serverUrl) return null;
      const templateName = `${runId}_tmpl`;
      await applyMigrations({ kind: 'postgres', url: await createDatabase(serverUrl, templateName) });
      return { serverUrl, templateName };
    })(),
  ]);
  project.provide('testDatabases', { runId, runDir, pgliteTemplateDir, postgres });
  if (process.env.TEST_DB_TIMINGS) {
    console.log(
      `[db] templates ready in ${Math.round(performance.now() - started)} ms (${postgres ? 'PostgreSQL' : 'PGlite'})`,
    );
  }

  return async () => {
    if (serverUrl) await dropDatabasesStartingWith(serverUrl, runId);
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
