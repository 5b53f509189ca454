// node bench/trust/run.mjs [--path /a/content/page] [--seconds 10] [--connections 50]
//
// Requests per second and p99 latency of one trust-center content page under the production server
// (server.mjs → Next.js, per-request nonce CSP, fresh embedded database), side by side in one run with a
// bare node:http server answering the same bytes — the ceiling of this machine. Prints both, the ratio,
// and the home page's first-load JavaScript from the build's route-bundle stats. Figures only, no verdict.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { buildIfStale, distDir, root } from '../../scripts/lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PAGE = arg('path', '/account-security/two-factor-authentication');
const SECONDS = Number(arg('seconds', 10));
const CONNECTIONS = Number(arg('connections', 50));
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3390);
const BARE_PORT = NEXT_PORT + 1;

/** Resolves when the port is free, so the bench never measures (or disturbs) someone else's server. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use: set BENCH_PORT to a free one`)));
    probe.listen(port, () => probe.close(resolve));
  });
}

async function waitFor(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function load(url) {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
}

const row = (label, r) =>
  `${label.padEnd(26)} ${String(Math.round(r.requests.average)).padStart(8)} req/s   p99 ${String(r.latency.p99).padStart(5)} ms   ` +
  `p50 ${String(r.latency.p50).padStart(4)} ms   ${r.non2xx ? `${r.non2xx} non-2xx ` : ''}${r.errors ? `${r.errors} errors` : ''}`;

function firstLoadJs(route) {
  const file = path.join(distDir(), 'diagnostics', 'route-bundle-stats.json');
  if (!fs.existsSync(file)) return null;
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')).find((r) => r.route === route);
  if (!entry) return null;
  const gz = entry.firstLoadChunkPaths.reduce(
    (sum, p) => sum + gzipSync(fs.readFileSync(path.join(root, p)), { level: 9 }).length,
    0,
  );
  return { raw: entry.firstLoadUncompressedJsBytes, gz, chunks: entry.firstLoadChunkPaths.length };
}

await assertPortFree(NEXT_PORT);
await assertPortFree(BARE_PORT);
await buildIfStale();

// The same server the end-to-end tests use: migrated, seeded embedded database, production build.
const server = spawn(process.execPath, ['scripts/e2e-server.mjs'], {
  cwd: root,
  detached: true, // its own process group, so the server it starts is stopped with it
  stdio: ['ignore', 'ignore', 'inherit'],
  // LOG_LEVEL=warn: no access-log line per request (as in the e2e runs); e2e-server.mjs sets NODE_ENV.
  env: { ...process.env, PORT: String(NEXT_PORT), APP_URL: `http://localhost:${NEXT_PORT}`, LOG_LEVEL: 'warn' },
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

let bare;
try {
  await waitFor(`http://localhost:${NEXT_PORT}/api/health`, server);
  const url = `http://localhost:${NEXT_PORT}${PAGE}`;
  const sample = await fetch(url);
  if (!sample.ok) throw new Error(`${url} answered ${sample.status}`);
  const body = Buffer.from(await sample.arrayBuffer());
  const contentType = sample.headers.get('content-type') ?? 'text/html; charset=utf-8';

  bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise((resolve) => bare.listen(BARE_PORT, resolve));

  console.log(`\nTrust center content page ${PAGE} (${(body.length / 1024).toFixed(1)} KiB of HTML)`);
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${SECONDS} s each, one after the other, on ${process.platform} with ${(await import('node:os')).cpus().length} CPUs\n`,
  );
  await autocannon({ url, connections: 10, duration: 3 }); // warm-up: JIT, content snapshot, module cache
  const next = await load(url);
  const node = await load(`http://localhost:${BARE_PORT}${PAGE}`);
  console.log(row('Next.js (production)', next));
  console.log(row('bare node:http, same bytes', node));
  console.log(
    `\nratio: Next.js serves ${((next.requests.average / node.requests.average) * 100).toFixed(1)} % of the bare server's requests per second` +
      ` (1 : ${(node.requests.average / next.requests.average).toFixed(1)}); p99 ${next.latency.p99} ms vs ${node.latency.p99} ms`,
  );

  const js = firstLoadJs('/');
  if (js) {
    console.log(
      `\nhome page first-load JavaScript (next build, ${path.relative(root, distDir())}/diagnostics/route-bundle-stats.json): ` +
        `${(js.raw / 1024).toFixed(1)} KiB uncompressed, ${(js.gz / 1024).toFixed(1)} KiB gzip, ${js.chunks} chunks`,
    );
  }
} finally {
  bare?.close();
  stopServer();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  // e2e-server.mjs removes its database on a clean exit; stopped by a signal, it leaves it here.
  fs.rmSync(path.join(root, '.test-data', `e2e-${server.pid}`), { recursive: true, force: true });
}
process.exit(0);
