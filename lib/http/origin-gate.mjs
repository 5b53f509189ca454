// Cross-origin gate for state-changing requests (docs/SECURITY.md, R25), run by server.mjs before
// Next.js sees the request. Next refuses a foreign server-action POST only when it carries the
// `Next-Action` header, and then with a 500; a no-JavaScript form post (multipart with `$ACTION_ID_…`)
// or a route handler would get no check at all. Here every POST, PUT, PATCH and DELETE from another
// origin gets the same clean 403 JSON, before any body is read.
//
// Decided from what browsers send and pages cannot forge: `Origin` (every cross-origin POST carries it;
// `Origin: null` is an opaque origin — a sandboxed frame or a `no-referrer` page — and is refused too),
// or, when `Origin` is absent, `Sec-Fetch-Site`. A request with neither (curl, a server, a mail client)
// passes: it carries no victim's cookies by accident, and every action checks its session itself.

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Paths meant to be posted from elsewhere. RFC 8058 one-click unsubscribe: mail clients POST to the
 * link in the List-Unsubscribe header (no cookie is used; the token in the link authorizes it).
 */
const CROSS_ORIGIN_PATHS = [/^\/subprocessors\/unsubscribe\/one-click\/?$/];

export const CROSS_ORIGIN_MESSAGE = 'Cross-origin form submissions are not accepted.';

function firstValue(value) {
  return (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim() || null;
}

/**
 * Why this request must be refused, or null to let it through.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {{ appOrigin?: string | null }} [opts] the public origin (APP_URL), accepted besides the Host
 */
export function crossOriginRefusal(req, opts = {}) {
  const method = (req.method ?? 'GET').toUpperCase();
  if (!UNSAFE_METHODS.has(method)) return null;
  const path = (req.url ?? '/').split('?')[0];
  if (CROSS_ORIGIN_PATHS.some((re) => re.test(path))) return null;

  const origin = firstValue(req.headers.origin);
  if (origin) {
    if (origin === 'null') return 'opaque origin';
    let host;
    try {
      const url = new URL(origin);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'foreign origin';
      host = url.host.toLowerCase();
    } catch {
      return 'malformed origin';
    }
    const own = [firstValue(req.headers.host), firstValue(req.headers['x-forwarded-host'])]
      .filter(Boolean)
      .map((h) => h.toLowerCase());
    if (opts.appOrigin) {
      try {
        own.push(new URL(opts.appOrigin).host.toLowerCase());
      } catch {
        // An invalid APP_URL is refused by lib/config/ at start-up; nothing to add here.
      }
    }
    return own.includes(host) ? null : 'foreign origin';
  }

  const site = firstValue(req.headers['sec-fetch-site']);
  if (site && site !== 'same-origin' && site !== 'none') return `sec-fetch-site ${site}`;
  return null;
}

/** Writes the 403 answer: the same JSON as proxy.ts's refusal of a foreign `Next-Action` request. */
export function writeCrossOriginRefusal(res) {
  const body = JSON.stringify({ error: CROSS_ORIGIN_MESSAGE, code: 'FORBIDDEN' });
  res.writeHead(403, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    // The body is not read: make sure the client does not keep the connection waiting on it.
    Connection: 'close',
  });
  res.end(body);
}

/**
 * The gate as server.mjs runs it: true when the request was refused and answered here.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ appOrigin?: string | null, log?: { warn: (obj: object, msg: string) => void }, requestId?: string }} [opts]
 */
export function refuseCrossOrigin(req, res, opts = {}) {
  const reason = crossOriginRefusal(req, { appOrigin: opts.appOrigin });
  if (!reason) return false;
  opts.log?.warn(
    { requestId: opts.requestId, method: req.method, path: req.url?.split('?')[0], reason },
    'cross-origin request refused',
  );
  writeCrossOriginRefusal(res);
  return true;
}
