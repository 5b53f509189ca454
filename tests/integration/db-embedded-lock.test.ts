// The embedded database belongs to one process: a second one must fail fast with a message that says
// which directory, which process holds it and what to do — not corrupt the data. Real child processes,
// because the lock is about processes.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, db, EmbeddedDatabaseBusyError } from '@/lib/db';
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { acquireEmbeddedLock, LOCK_FILE_NAME } from '@/lib/db/embedded-lock';
import { resetConfigForTests } from '@/lib/config';
import { freshDatabaseDir, REPO_ROOT } from '@/tests/fixtures/db';

const HOLDER = path.join(REPO_ROOT, 'tests/setup/hold-embedded-db.ts');

interface Holder {
  child: ChildProcessWithoutNullStreams;
  next(): Promise<Record<string, unknown>>;
  stderr(): string;
  exited: Promise<number | null>;
}

function startHolder(dataDir: string): Holder {
  // `--import tsx` rather than the tsx CLI, which would run the script in a grandchild with another pid.
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER], {
    cwd: REPO_ROOT,
    // DATABASE_URL emptied: this is about the embedded database even when the run uses PostgreSQL.
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    async next() {
      const line = await lines.next();
      if (line.done) throw new Error(`holder exited without answering; stderr:\n${err}`);
      return JSON.parse(line.value) as Record<string, unknown>;
    },
    stderr: () => err,
    exited,
  };
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('could not spawn');
  return pid;
}

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill();
});

describe('embedded database lock', () => {
  it('refuses a second process with a clear message; takes over a stale lock; keeps the data intact', async () => {
    const dataDir = freshDatabaseDir();
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    // A lock left by a crashed process: its pid is dead, so the first holder must take it over.
    fs.writeFileSync(
      lockFile,
      JSON.stringify({ pid: deadPid(), startTime: null, command: 'node crashed.js', token: 'stale' }),
    );

    const first = startHolder(dataDir);
    children.push(first.child);
    const ready = await first.next();
    expect(ready).toEqual({ ready: true, pid: first.child.pid, organizations: 1 });
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: first.child.pid });

    const second = startHolder(dataDir);
    children.push(second.child);
    expect(await second.exited).toBe(3);
    const message = second.stderr();
    expect(message).toContain('EmbeddedDatabaseBusyError');
    expect(message).toContain(fs.realpathSync(dataDir));
    expect(message).toContain(`pid ${first.child.pid}`);
    expect(message).toContain(
      'stop the other process (npm start / npm run dev?) or set DATABASE_URL to use PostgreSQL',
    );

    // The refused process did not touch the data: the holder still reads its row, and still holds the lock.
    first.child.stdin.write('count\n');
    expect(await first.next()).toEqual({ organizations: 1 });
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: first.child.pid });

    first.child.stdin.write('exit\n');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false); // released on close
  });

  it('the same process opening the directory twice shares one PGlite, released by the last user', async () => {
    const dataDir = freshDatabaseDir();
    const a = openEmbeddedDatabase(dataDir);
    const b = openEmbeddedDatabase(dataDir);
    expect(b.pglite).toBe(a.pglite);
    await a.release();
    expect((await b.pglite.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await b.release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('db() is created once per process and reopens after closeDb()', async () => {
    process.env.DATA_DIR = freshDatabaseDir();
    process.env.DATABASE_URL = '';
    resetConfigForTests();
    await closeDb();
    const client = db();
    expect(db()).toBe(client);
    expect(await client.organization.count()).toBe(0);
    await closeDb();
    expect(db()).not.toBe(client);
    await closeDb();
  });

  it('a live lock from another process is reported with its pid and command line', () => {
    const dataDir = freshDatabaseDir({ migrated: false });
    fs.writeFileSync(
      path.join(dataDir, LOCK_FILE_NAME),
      JSON.stringify({ pid: process.ppid, startTime: null, command: 'node server.mjs', token: 'live' }),
    );
    const attempt = () => acquireEmbeddedLock(dataDir);
    expect(attempt).toThrow(EmbeddedDatabaseBusyError);
    expect(attempt).toThrow(`pid ${process.ppid}: node server.mjs`);
  });
});
