// The HTTP entry point for `npm start` and `npm run dev`. A custom server exists for one reason Next.js
// cannot provide: the socket's peer address. Next only fills X-Forwarded-For when the client did not,
// so a spoofed header would otherwise be indistinguishable from the real one (docs/SECURITY.md, R26).
// It also writes one structured access-log line per request with its id, status and duration.
import http from 'node:http';
import crypto from 'node:crypto';
import next from 'next';
import pino from 'pino';
import { refuseCrossOrigin } from './lib/http/origin-gate.mjs';
import { checkActionRequest } from './lib/http/request-guard.mjs';
import { gracefulShutdown, shutdownTimeoutMs } from './scripts/graceful-shutdown.mjs';
import { createPublicCache, sendEntry } from './lib/http/public-cache.mjs';
import { publicCacheKey } from './lib/http/public-page-contract.mjs';
import { staticIntegrity, toCacheEntry } from './lib/http/public-render.mjs';
import { keepSignedInHint } from './lib/http/signed-in-hint.mjs';
import { SLOT_END_ATTR, extractSlots, slotsRendered, withSlots, withoutEndMarks } from './lib/http/static-slots.mjs';

const dev = process.argv.includes('--dev');
const port = Number.parseInt(process.env.PORT || '3000', 10);
const hostname = process.env.HOST || '0.0.0.0';
const log = pino({
  level: process.env.LOG_LEVEL || 'info',
  base: { svc: 'trust-center' },
  timestamp: pino.stdTimeFunctions.isoTime,
});

// Headers only this server may set; anything a client sends under these names is discarded.
const PEER_HEADER = 'x-tc-peer-address';
const REQUEST_ID_HEADER = 'x-request-id';

// Internal renders for the public-page cache prove themselves to proxy.ts with this per-process secret.
const RENDER_SECRET_HEADER = 'x-tc-render-secret';
const RENDER_NONCE_HEADER = 'x-tc-render-nonce';
const renderSecret = crypto.randomBytes(32).toString('hex');
process.env.TC_INTERNAL_RENDER_SECRET = renderSecret;
const isInternalRender = (req) => {
  const given = Buffer.from(String(req.headers[RENDER_SECRET_HEADER] ?? ''));
  return given.length === renderSecret.length && crypto.timingSafeEqual(given, Buffer.from(renderSecret));
};

const app = next({ dev, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

// Public pages rendered once per published version and served from memory (issue 16). Not in development:
// there every edit must show at once. TC_PUBLIC_CACHE=off turns it off (diagnosis).
const appUrl = (() => {
  try {
    return new URL(process.env.APP_URL ?? '');
  } catch {
    return null;
  }
})();
const publicCache =
  dev || process.env.TC_PUBLIC_CACHE === 'off' ? null : createPublicCache({ render: renderInternally, log });
const integrityOf = staticIntegrity(process.env.NEXT_DIST_DIR || '.next');

/**
 * Renders a public address for the cache. Twice when the page has parts to send as HTML only
 * (lib/http/static-slots.mjs): the first render marks them, the second sends them once.
 */
async function renderInternally(key) {
  const marker = crypto.randomBytes(24).toString('hex');
  const first = await fetchInternally(key, marker);
  const html = String(first.headers['content-type'] ?? '').startsWith('text/html') ? first.body.toString('utf8') : '';
  const slots = first.status === 200 && html.includes(SLOT_END_ATTR) ? extractSlots(html, marker) : null;
  if (slots) {
    const secondMarker = crypto.randomBytes(24).toString('hex');
    const second = await withSlots(secondMarker, slots, () => fetchInternally(key, secondMarker));
    if (second.status === 200 && slotsRendered(second.body.toString('utf8'), slots))
      return toCacheEntry(second, { marker: secondMarker, integrityOf });
    log.warn({ path: key.split('?')[0] }, 'public page: the second render lacks its static parts; the first is cached');
  }
  const served = html.includes(SLOT_END_ATTR) ? { ...first, body: Buffer.from(withoutEndMarks(html), 'utf8') } : first;
  return toCacheEntry(served, { marker, integrityOf });
}

/** GETs a public address from this very server, without cookies, with a one-time marker nonce. */
function fetchInternally(key, marker) {
  const address = server.address();
  const loopback = typeof address === 'object' && address && address.family === 'IPv6' ? '::1' : '127.0.0.1';
  const hostHeader = appUrl?.host ?? `localhost:${port}`;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname === '0.0.0.0' || hostname === '::' ? loopback : hostname,
        port,
        path: key,
        method: 'GET',
        headers: {
          host: hostHeader,
          accept: 'text/html,*/*',
          [RENDER_SECRET_HEADER]: renderSecret,
          [RENDER_NONCE_HEADER]: marker,
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (c) => chunks.push(c));
        response.on('error', reject);
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error('internal render timed out')));
    request.on('error', reject);
    request.end();
  });
}

const server = http.createServer((req, res) => {
  lifecycle.track(req, res);
  // A broken percent-escape makes Next.js throw before any route runs; answer it as the bad request it is.
  try {
    decodeURI(req.url ?? '/');
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end('Bad request: the address contains an invalid percent-encoded character.\n');
    return;
  }
  const started = process.hrtime.bigint();
  const requestId = crypto.randomUUID();
  const internalRender = isInternalRender(req);
  if (!internalRender) {
    delete req.headers[RENDER_SECRET_HEADER];
    delete req.headers[RENDER_NONCE_HEADER];
  }
  delete req.headers[PEER_HEADER];
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader('X-Request-Id', requestId);
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (req.url?.startsWith('/_next/static')) return;
    log.info(
      {
        requestId,
        method: req.method,
        path: req.url?.split('?')[0],
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        ...(internalRender ? { internalRender } : {}),
        ...(res.getHeader('x-tc-cache') ? { cache: res.getHeader('x-tc-cache') } : {}),
      },
      'request',
    );
  });
  // Cross-origin POST/PUT/PATCH/DELETE: a clean 403 before Next reads the body (R25, lib/http/origin-gate.mjs).
  if (refuseCrossOrigin(req, res, { appOrigin: process.env.APP_URL, log, requestId })) return;
  // A public page from memory when it has one; otherwise (or when it is not cacheable) Next as before.
  const cacheKey = publicCache && !internalRender ? publicCacheKey(req) : null;
  if (cacheKey) {
    publicCache
      .lookup(cacheKey)
      .then((found) => {
        if (found) sendEntry(req, res, found);
        else serveThroughNext(req, res, requestId);
      })
      .catch((err) => {
        log.error({ requestId, err: { message: err?.message } }, 'public page cache failed');
        serveThroughNext(req, res, requestId);
      });
    return;
  }
  serveThroughNext(req, res, requestId);
});

function serveThroughNext(req, res, requestId) {
  keepSignedInHint(req, res, { secure: appUrl?.protocol === 'https:' });
  // A server-action body that Next.js could not decode is a 400 here, not a 500 there (issue 21).
  checkActionRequest(req)
    .then((refusal) => {
      if (refusal) {
        res.writeHead(refusal.status, {
          'Content-Type': 'application/json; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        res.end(JSON.stringify({ error: refusal.message, code: refusal.status === 413 ? 'TOO_LARGE' : 'VALIDATION' }));
        return;
      }
      return handle(req, res);
    })
    .catch((err) => {
      log.error({ requestId, err: { message: err?.message } }, 'unhandled request error');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal error');
      }
    });
}

server.listen(port, hostname, () => {
  log.info({ port, dev }, `Trust Center listening on http://localhost:${port}`);
});

// Stops accepting, finishes what is in flight, then the app's own cleanup (lib/shutdown.ts): background
// loops, then the database and the embedded lock.
const lifecycle = gracefulShutdown(server, {
  timeoutMs: shutdownTimeoutMs(),
  log,
  drain: async () => {
    const failures = (await globalThis[Symbol.for('trust-center.shutdown')]?.()) ?? [];
    for (const failure of failures) log.warn({ failure }, 'shutdown hook failed');
    // Next's own close (file watchers in dev); bounded, it must not keep a stopped server alive.
    await Promise.race([app.close?.(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  },
});
