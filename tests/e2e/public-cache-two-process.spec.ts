import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from '@playwright/test';

// Issue 16: two `node server.mjs` processes on one PostgreSQL database, both serving public pages from
// their in-memory cache. A change made elsewhere (here: straight in the database, as a third instance
// publishing would) shows in both within 5 s, through the fingerprint poll (lib/studio/content-poll.ts).
// PGlite is one process only, so this needs a PostgreSQL server: E2E_POSTGRES_URL (set by .ci/run) or
// TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/test.

const SERVER_URL = process.env.E2E_POSTGRES_URL || process.env.TEST_DATABASE_URL;
test.skip(
  !SERVER_URL,
  'two server processes need a shared PostgreSQL: set E2E_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test)',
);
test.describe.configure({ mode: 'serial' });

const dbName = `tc_pubcache_2p_${process.pid}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-pubcache-2p-'));
const servers: ChildProcess[] = [];
const bases: string[] = [];

async function onServer<T>(run: (client: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const url = new URL(SERVER_URL!);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function sharedEnv(): NodeJS.ProcessEnv {
  const url = new URL(SERVER_URL!);
  url.pathname = `/${dbName}`;
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    ...process.env,
    DATABASE_URL: url.toString(),
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    AUTH_SECRET: crypto.randomBytes(32).toString('base64'),
    MFA_ENCRYPTION_KEYS: `k1:${crypto.randomBytes(32).toString('base64')}`,
    AUDIT_SIGNING_KEY: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    // Required in production with PostgreSQL; the harness's mail sink (tests/e2e/support/mail-sink.ts).
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}`,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    // The harness's seeding token is for its own throwaway embedded database; a server on PostgreSQL refuses it.
    E2E_SEED_TOKEN: '',
  };
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await onServer(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${dbName}"`);
  });
  const env = sharedEnv();
  for (const script of ['scripts/db-migrate.ts', 'scripts/db-seed.ts', 'scripts/content-import.ts']) {
    execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script], { env, stdio: 'pipe' });
  }
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    servers.push(
      spawn(process.execPath, ['server.mjs'], {
        env: { ...env, NODE_ENV: 'production', PORT: String(port), APP_URL: base },
        stdio: 'ignore',
      }),
    );
    bases.push(base);
  }
  for (const base of bases) {
    await expect(async () => expect((await fetch(`${base}/api/health`)).status).toBe(200)).toPass({ timeout: 120_000 });
  }
});

test.afterAll(async () => {
  for (const server of servers) server.kill('SIGTERM');
  await Promise.all(
    servers.map((s) => new Promise((resolve) => (s.exitCode !== null ? resolve(null) : s.once('exit', resolve)))),
  );
  await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const textOf = async (url: string) => (await fetch(url)).text();

test('a page change shows in both processes’ cached pages within 5 s', async () => {
  const route = '/abuse-prevention/abuse-policy';
  for (const base of bases) {
    expect(await textOf(`${base}/`)).toContain(`href="${route}"`);
    expect((await fetch(`${base}/`)).headers.get('x-tc-cache')).toBe('hit');
  }
  // Another instance hides the page: it leaves the navigation of every page.
  await onServer(
    (c) =>
      c.query(`UPDATE "ContentPage" SET hidden = true, "updatedAt" = now() WHERE section = $1 AND slug = $2`, [
        'abuse-prevention',
        'abuse-policy',
      ]),
    dbName,
  );
  const started = Date.now();
  for (const base of bases) {
    await expect(async () => expect(await textOf(`${base}/`)).not.toContain(`href="${route}"`)).toPass({
      timeout: 5_000,
      intervals: [100],
    });
  }
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a document change shows in both processes’ cached documents page within 5 s', async () => {
  for (const base of bases) await textOf(`${base}/documents`);
  const title = `Penetration test summary ${crypto.randomUUID().slice(0, 8)}`;
  await onServer(
    (c) =>
      c.query(
        `UPDATE "Document" SET title = $1, "updatedAt" = now() WHERE id = (SELECT id FROM "Document" WHERE visibility = 'PUBLIC' ORDER BY slug LIMIT 1)`,
        [title],
      ),
    dbName,
  );
  for (const base of bases) {
    await expect(async () => expect(await textOf(`${base}/documents`)).toContain(title)).toPass({
      timeout: 5_000,
      intervals: [100],
    });
  }
});
