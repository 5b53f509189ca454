// Issue 21, finding 6: SIGTERM to the wrapper `npm start` runs (scripts/lib.mjs's run) under load. The
// signal reaches the server; it stops accepting, answers with `Connection: close`, finishes every
// request in flight, stops its background loop, closes the database (the embedded lock goes) and exits
// 0, and no process is left. The server is server.mjs's shutdown module around a small handler
// (tests/fixtures/shutdown-server.ts) so the test needs no Next.js build.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '@/lib/db/embedded-lock';
import { freshDatabaseDir, REPO_ROOT } from '@/tests/fixtures/db';

interface Started {
  wrapper: ChildProcess;
  port: number;
  serverPid: number;
  wrapperPid: number;
  events: Record<string, unknown>[];
  exited: Promise<number | null>;
}

function start(dataDir: string, env: Record<string, string> = {}, viaNpm = false): Promise<Started> {
  const command = viaNpm
    ? ['npm', 'exec', '--offline', '--', 'node', 'tests/fixtures/shutdown-wrapper.mjs']
    : [process.execPath, 'tests/fixtures/shutdown-wrapper.mjs'];
  const wrapper = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const events: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => wrapper.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    wrapper.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          const event = JSON.parse(line) as Record<string, unknown>;
          events.push(event);
          if (typeof event.listening === 'number')
            resolve({
              wrapper,
              port: event.listening,
              serverPid: event.pid as number,
              wrapperPid: event.wrapperPid as number,
              events,
              exited,
            });
        } catch {
          // not an event line
        }
      }
    });
    void exited.then((code) => reject(new Error(`the server exited (code ${code}) before listening`)));
  });
}

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

function get(port: number, ms: number, agent: http.Agent | false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: `/slow?ms=${ms}`, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SLOW = { timeout: 120_000 };

describe('graceful shutdown [issue 21 / 6]', () => {
  it(
    'SIGTERM to the wrapper under load: every request in flight completes, keep-alive gets Connection: close, exit 0, no process left, lock released',
    SLOW,
    async () => {
      const dataDir = freshDatabaseDir();
      const s = await start(dataDir);
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);
      const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });
      // Open keep-alive connections, idle when the signal comes.
      await Promise.all([1, 2, 3, 4].map(() => get(s.port, 0, keepAlive)));

      // Slow requests in flight on fresh connections, and load on the keep-alive ones.
      const inFlight = Array.from({ length: 8 }, () => get(s.port, 2500, false));
      let loadRunning = true;
      const afterSignal: Answer[] = [];
      let signalledAt = Infinity;
      const load = (async () => {
        while (loadRunning) {
          const sentAt = Date.now();
          try {
            const a = await get(s.port, 20, keepAlive);
            // Sent once the server surely had the signal (a request answered just before does not count).
            if (sentAt > signalledAt + 200) afterSignal.push(a);
          } catch {
            // A connection closed by the server as it stopped: expected once the signal is sent.
            if (Date.now() > signalledAt) break;
          }
        }
      })();
      await sleep(800);
      signalledAt = Date.now();
      s.wrapper.kill('SIGTERM');
      await sleep(500);
      // Not accepting any more, while the slow ones still run.
      await expect(get(s.port, 0, false)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      const answers = await Promise.all(
        inFlight.map((p, i) =>
          p.catch((err: Error) =>
            Promise.reject(
              new Error(
                `slow request ${i}: ${err.message} after ${Date.now() - signalledAt} ms; ${JSON.stringify(s.events.filter((e) => e.log))}`,
              ),
            ),
          ),
        ),
      );
      loadRunning = false;
      await load;
      keepAlive.destroy();
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(answers.every((a) => a.body === 'done after 2500 ms\n')).toBe(true);
      expect(answers.every((a) => a.connection === 'close')).toBe(true);
      for (const a of afterSignal) expect(a.connection).toBe('close');

      expect(await s.exited).toBe(0);
      expect(isAlive(s.serverPid)).toBe(false);
      const drained = s.events.find((e) => e.drained);
      expect(drained).toMatchObject({ failures: [] });
      expect(drained!.jobRuns as number).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    },
  );

  it(
    'a request slower than SHUTDOWN_TIMEOUT_SECONDS is cut; the server still cleans up and exits 1',
    SLOW,
    async () => {
      const dataDir = freshDatabaseDir();
      const s = await start(dataDir, { SHUTDOWN_TIMEOUT_SECONDS: '1' });
      const slow = get(s.port, 10_000, false).catch((err: NodeJS.ErrnoException) => err.code);
      await sleep(300);
      s.wrapper.kill('SIGTERM');
      expect(await slow).toBe('ECONNRESET');
      expect(await s.exited).toBe(1);
      expect(isAlive(s.serverPid)).toBe(false);
      expect(s.events.find((e) => e.drained)).toMatchObject({ failures: [] });
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    },
  );

  it(
    'SIGTERM to npm itself (npm runs the wrapper through sh -c, which the signal ends): the request in flight completes and no process is left',
    SLOW,
    async () => {
      const dataDir = freshDatabaseDir();
      const s = await start(dataDir, {}, true);
      const slow = get(s.port, 1500, false);
      await sleep(300);
      s.wrapper.kill('SIGTERM'); // npm
      expect((await slow).status).toBe(200);
      for (let i = 0; i < 100 && (isAlive(s.serverPid) || isAlive(s.wrapperPid)); i++) await sleep(200);
      expect(isAlive(s.serverPid)).toBe(false);
      expect(isAlive(s.wrapperPid)).toBe(false);
      expect(s.events.find((e) => e.drained)).toMatchObject({ failures: [] });
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    },
  );
});
