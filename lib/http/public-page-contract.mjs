// Which addresses the public-page cache (lib/http/public-cache.mjs) may answer, and which query keys are
// part of each page's contract. The cache key is the path plus these keys only, normalised: any other
// query key (?x=random) maps to the same entry, so it can neither fill the cache nor bypass it.

/** Signed-in consoles, sign-in flows, APIs and Next's own files: never cached. */
const PRIVATE_PREFIX =
  /^\/(?:_next|api|studio|account|login|signup|setup|forgot-password|reset-password|invitation|confirm-email|two-factor|suspended)(?:\/|$)/;

/** Public-area addresses that depend on the visitor (a token, a verified email) or stream a file. */
const VISITOR_SPECIFIC = [
  /^\/documents\/(?:access|access-ended|request|verified|viewer|verify|file)(?:\/|$)/,
  /^\/documents\/[^/]+\/download(?:\/|$)/,
  /^\/subprocessors\/(?:subscribe\/confirm|unsubscribe)(?:\/|$)/,
  /^\/search\/suggest(?:\/|$)/,
  /^\/\.well-known\/audit-checkpoint-key$/,
];

/** Query keys that change what a page shows; every other key is dropped from the cache key. */
export const QUERY_CONTRACTS = {
  '/search': ['q'],
  '/subprocessors': ['as_of', 'purpose', 'country', 'mechanism', 'sort', 'dir'],
  '/subprocessors.csv': ['as_of'],
  '/subprocessors.json': ['as_of'],
};

/**
 * The path without a language prefix (/de/search → /search; README "Languages"). Any leading segment that
 * looks like a language tag is taken off, configured or not: this only decides what may be cached and
 * which query keys count, and an unconfigured prefix is a cached 404 either way. The cache key itself
 * keeps the prefix, so each language has its own entry.
 */
export function withoutLocalePrefix(path) {
  const m = /^\/[a-z]{2,3}(?:-[A-Z]{2})?(\/.*)?$/.exec(path);
  return m ? m[1] || '/' : path;
}

/** Register pages: invalidated by a register publish alone (everything else by a content publish). */
export function isRegisterPath(path) {
  const p = withoutLocalePrefix(path);
  return [path, p].some(
    (x) => x === '/subprocessors' || x.startsWith('/subprocessors/') || x.startsWith('/subprocessors.'),
  );
}

const MAX_PATH = 300;

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * One spelling per path (RFC 3986, 6.2.2): escapes of unreserved characters decoded (/certific%61tions is
 * /certifications), the other escapes upper-cased (%2f and %2F are one address). A malformed escape (a
 * lone `%`, or bytes that are not UTF-8): null, never cached (server.mjs answers it 400).
 */
export function normalisePath(path) {
  if (!path.includes('%')) return path;
  try {
    decodeURIComponent(path);
  } catch {
    return null;
  }
  return path.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}
const MAX_VALUE = 200;

/**
 * The cache key for a request, or null when the cache must not answer it (and Next does, as before):
 * not GET/HEAD, a private or visitor-specific address, a client-side navigation (RSC payload, not HTML),
 * a server action, or an over-long address.
 */
export function publicCacheKey(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const headers = req.headers;
  if (headers['rsc'] || headers['next-action'] || headers['next-router-prefetch'] || headers['next-router-state-tree'])
    return null;
  const raw = req.url ?? '/';
  const queryAt = raw.indexOf('?');
  const path = normalisePath(queryAt === -1 ? raw : raw.slice(0, queryAt));
  if (path === null) return null;
  if (!path.startsWith('/') || path.startsWith('//') || path.length > MAX_PATH) return null;
  const bare = withoutLocalePrefix(path);
  for (const p of [path, bare]) if (PRIVATE_PREFIX.test(p) || VISITOR_SPECIFIC.some((re) => re.test(p))) return null;
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  if (params.has('_rsc')) return null;
  const kept = new URLSearchParams();
  for (const key of QUERY_CONTRACTS[path] ?? QUERY_CONTRACTS[bare] ?? []) {
    const value = (params.get(key) ?? '').trim().replace(/\s+/g, ' ');
    if (value.length > MAX_VALUE) return null;
    if (value) kept.append(key, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
