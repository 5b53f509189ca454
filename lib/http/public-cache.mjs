// In-memory cache of public pages, answered by server.mjs before Next.js runs (issue 16). A page is
// rendered once per published version (an internal request without cookies, lib/http/public-render.mjs)
// and then served from memory to everyone, with a hash-based CSP, a strong ETag and a Cache-Control a
// shared cache may honour. Publishing bumps a version counter (lib/http/public-version.ts); the next
// request re-renders, single-flight, and while that render runs (up to RENDER_WAIT_MS) or if it fails,
// the previous version is served: never an error or a half-written page.
import { isRegisterPath } from './public-page-contract.mjs';

export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
const VERSION_KEY = Symbol.for('trust-center.public-version');
const RENDER_WAIT_MS = 3_000;
const NEGATIVE_TTL_MS = 10_000;
const MAX_NEGATIVE = 2_000;

/** The version a path's entry must carry to be current: publish counters and the UTC day. */
export function currentVersion(path) {
  const v = globalThis[VERSION_KEY] ?? { content: 0, register: 0 };
  return `${v.content}:${isRegisterPath(path) ? v.register : '-'}:${new Date().toISOString().slice(0, 10)}`;
}

const pathOf = (key) => key.split('?')[0];
const sizeOf = (entry) => entry.body.length + (entry.gzip?.length ?? 0);

/**
 * render(key) → entry | null (not cacheable). Bounded by bytes and by variants per path, so neither
 * random query values of a contract key nor many pages can grow it past maxBytes.
 */
export function createPublicCache({
  render,
  maxBytes = 48 * 1024 * 1024,
  maxVariantsPerPath = 64,
  versionOf = currentVersion,
  log,
}) {
  const entries = new Map(); // key → entry; insertion order is recency (least recent first)
  const variants = new Map(); // path → count
  const inflight = new Map(); // key → { version, promise }
  const negative = new Map(); // key → { version, until }
  let bytes = 0;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= sizeOf(entry);
    const p = pathOf(key);
    const n = (variants.get(p) ?? 1) - 1;
    if (n > 0) variants.set(p, n);
    else variants.delete(p);
  }

  function store(key, entry) {
    remove(key);
    if (sizeOf(entry) > maxBytes / 4) return;
    const p = pathOf(key);
    if ((variants.get(p) ?? 0) >= maxVariantsPerPath) {
      for (const k of entries.keys())
        if (pathOf(k) === p) {
          remove(k);
          break;
        }
    }
    entries.set(key, entry);
    bytes += sizeOf(entry);
    variants.set(p, (variants.get(p) ?? 0) + 1);
    for (const k of entries.keys()) {
      if (bytes <= maxBytes) break;
      remove(k);
    }
  }

  /** One render per key and version at a time; a failure resolves to null. */
  function refresh(key, version) {
    const running = inflight.get(key);
    if (running && running.version === version) return running.promise;
    const promise = Promise.resolve()
      .then(() => render(key))
      .then(
        (entry) => {
          if (entry) store(key, { ...entry, version });
          else {
            if (negative.size >= MAX_NEGATIVE) negative.delete(negative.keys().next().value);
            negative.set(key, { version, until: Date.now() + NEGATIVE_TTL_MS });
          }
          return entry ? (entries.get(key) ?? { ...entry, version }) : null;
        },
        (err) => {
          log?.warn(
            { key, err: { message: err?.message } },
            'public page render failed; the previous version is served',
          );
          return null;
        },
      )
      .finally(() => {
        if (inflight.get(key)?.promise === promise) inflight.delete(key);
      });
    inflight.set(key, { version, promise });
    return promise;
  }

  /** The entry to serve for key, or null when Next must answer this request itself. */
  async function lookup(key) {
    const version = versionOf(pathOf(key));
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry); // most recently used
      if (entry.version === version) return { entry, state: 'hit' };
      const timeout = new Promise((resolve) => setTimeout(resolve, RENDER_WAIT_MS, null).unref?.());
      const fresh = await Promise.race([refresh(key, version), timeout]);
      return fresh ? { entry: fresh, state: 'refreshed' } : { entry, state: 'stale' };
    }
    const miss = negative.get(key);
    if (miss && miss.version === version && miss.until > Date.now()) return null;
    const fresh = await refresh(key, version);
    return fresh ? { entry: fresh, state: 'miss' } : null;
  }

  return {
    lookup,
    stats: () => ({ entries: entries.size, bytes, negative: negative.size, inflight: inflight.size }),
    clear: () => {
      for (const k of [...entries.keys()]) remove(k);
      negative.clear();
    },
  };
}

/** If-None-Match against a strong ETag (weak comparison, as RFC 9110 prescribes for this header). */
export function notModified(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Writes a cached entry: 304 when the client has it, headers only for HEAD. */
export function sendEntry(req, res, { entry, state }) {
  const gzip = entry.gzip && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
  const etag = gzip ? entry.gzipEtag : entry.etag;
  const body = gzip ? entry.gzip : entry.body;
  const headers = {
    ...entry.headers,
    'cache-control': PUBLIC_CACHE_CONTROL,
    etag,
    'x-tc-cache': state,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  };
  if (notModified(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
