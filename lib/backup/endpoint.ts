// The running server's backup channel. The embedded database belongs to the server process, so
// `npm run db:backup` cannot open it while the server runs; it asks the server instead.
//
// A plain HTTP listener on 127.0.0.1 (a random port, never the public one), authenticated by a random
// 256-bit token. Port and token are written to `$DATA_DIR/backup-endpoint.json`, readable by the owner
// only: whoever can read it can read the database files anyway. The answer is the archive itself.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { getConfig } from '@/lib/config';
import { openEmbeddedDatabase } from '@/lib/db/embedded';
import { logger } from '@/lib/log';
import { writeSnapshot } from './snapshot';
import { snapshotPaths } from './write-backup-file';

export const ENDPOINT_FILE = 'backup-endpoint.json';

export interface EndpointInfo {
  pid: number;
  port: number;
  token: string;
}

const RUNNING = Symbol.for('trust-center.backup-endpoint');

export function endpointFile(dataDir: string): string {
  return path.join(dataDir, ENDPOINT_FILE);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Starts the listener once per process (embedded database only) and resolves with its address. Closed,
 * and its file removed, by the returned `stop()` or at process exit.
 */
export function startBackupEndpoint(): Promise<{ info: EndpointInfo; stop(): Promise<void> } | null> {
  const cfg = getConfig();
  if (cfg.database.kind !== 'embedded') return Promise.resolve(null);
  const g = globalThis as { [RUNNING]?: Promise<{ info: EndpointInfo; stop(): Promise<void> } | null> };
  return (g[RUNNING] ??= listen(cfg.database.dataDir).catch((err: Error) => {
    logger.warn(
      { err: { message: err.message } },
      'backup endpoint: could not start; npm run db:backup will not work while the server runs',
    );
    delete g[RUNNING];
    return null;
  }));
}

async function listen(dataDir: string): Promise<{ info: EndpointInfo; stop(): Promise<void> }> {
  // Spool files of a server that died mid-backup: this process owns the directory now.
  for (const name of fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []) {
    if (/^\.backup-[0-9a-f]+\.partial$/.test(name)) fs.rmSync(path.join(dataDir, name), { force: true });
  }
  const token = crypto.randomBytes(32).toString('base64url');
  let busy = false;
  const server = http.createServer((req, res) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: message }));
    };
    if (!tokenMatches(req.headers.authorization, token)) return refuse(401, 'wrong or missing token');
    if (req.method !== 'POST' || req.url !== '/backup') return refuse(404, 'only POST /backup');
    if (busy) return refuse(409, 'a backup is already running; try again when it has finished');
    busy = true;
    void (async () => {
      let embedded: ReturnType<typeof openEmbeddedDatabase> | undefined;
      // Written to a local file first, then sent: a slow reader must not hold the database's only
      // connection (the snapshot transaction) for longer than the local disk takes.
      const spool = path.join(dataDir, `.backup-${crypto.randomBytes(6).toString('hex')}.partial`);
      try {
        const { documentsDir } = snapshotPaths();
        embedded = openEmbeddedDatabase(dataDir); // the server's own PGlite (shared per process)
        const out = fs.createWriteStream(spool, { mode: 0o600 });
        const closed = new Promise<void>((resolve, reject) => out.once('close', resolve).once('error', reject));
        const { snapshotAt, counts } = await writeSnapshot(
          { pglite: embedded.pglite, dataDir: embedded.dataDir, documentsDir },
          out,
        );
        await closed;
        await embedded.release();
        embedded = undefined;
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': fs.statSync(spool).size });
        await pipeline(fs.createReadStream(spool), res);
        logger.info(
          { snapshotAt, files: counts.files, rows: Object.values(counts.tables).reduce((a, b) => a + b, 0) },
          'backup: snapshot sent',
        );
      } catch (err) {
        logger.error({ err: { message: (err as Error).message } }, 'backup: snapshot failed');
        if (res.headersSent)
          res.destroy(); // the client sees a cut-short archive and refuses it
        else refuse(503, 'the snapshot failed; see the server log');
      } finally {
        busy = false;
        fs.rmSync(spool, { force: true });
        await embedded?.release();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const info: EndpointInfo = { pid: process.pid, port: (server.address() as { port: number }).port, token };
  const file = endpointFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const tmp = `${file}.${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(info) + '\n', { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
  server.unref();
  const removeFile = () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as EndpointInfo;
      if (current.token === token) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  process.once('exit', removeFile);
  return {
    info,
    async stop() {
      removeFile();
      process.removeListener('exit', removeFile);
      delete (globalThis as { [RUNNING]?: unknown })[RUNNING];
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The running server's endpoint for `dataDir`, or null when no live process published one. */
export function readEndpoint(dataDir: string): EndpointInfo | null {
  let info: EndpointInfo;
  try {
    info = JSON.parse(fs.readFileSync(endpointFile(dataDir), 'utf8')) as EndpointInfo;
  } catch {
    return null;
  }
  try {
    process.kill(info.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return null; // left by a process that died
  }
  return info;
}
