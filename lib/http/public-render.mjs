// Turns one internal render of a public address into a cache entry that every visitor may share.
// The render carried a one-time marker nonce (proxy.ts), so Next.js put it on exactly the scripts and
// styles it emits itself. Those, and only those, are allowed in the entry's CSP by their sha256 hash
// (external ones through an `integrity` attribute, which the browser checks against the hash); the
// marker is then removed. A script injected into the page through content never carried the marker and
// stays blocked, as it is under the per-request nonce. Anything unusual: not cacheable (null).
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('base64');

const CACHEABLE_TYPES =
  /^(?:text\/html|text\/plain|text\/csv|text\/xml|application\/(?:xml|json|atom\+xml|rss\+xml|feed\+json|schema\+json))\b/;
// Per-response or connection headers, and the two this module recomputes (Cache-Control, CSP).
const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
  'x-request-id',
  'cache-control',
  'etag',
  'content-security-policy',
  'set-cookie',
  'content-encoding',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
  'x-powered-by',
]);

/** SRI of a file under /_next/static, read once from the build folder. */
export function staticIntegrity(distDir) {
  const memo = new Map();
  const root = path.resolve(distDir, 'static');
  return (src) => {
    const pathname = src.split('?')[0];
    if (!pathname.startsWith('/_next/static/')) return Promise.resolve(null);
    if (!memo.has(pathname)) {
      let file;
      try {
        file = path.resolve(root, decodeURIComponent(pathname.slice('/_next/static/'.length)));
      } catch {
        return Promise.resolve(null);
      }
      if (!file.startsWith(root + path.sep)) return Promise.resolve(null);
      const read = fs.readFile(file).then(
        (bytes) => `sha256-${sha256(bytes)}`,
        () => null,
      );
      memo.set(pathname, read);
    }
    return memo.get(pathname);
  };
}

const attr = (attrs, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const TAG = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>|<link\b([^>]*)>/g;

/** The HTML without the marker, and the hash sources for script-src and style-src. */
async function hashTrustedElements(html, marker, integrityOf) {
  const nonceAttr = ` nonce="${marker}"`;
  const sources = new Set();
  for (const m of html.matchAll(TAG)) {
    const attrs = m[2] ?? m[4];
    const src =
      m[1] === 'script'
        ? attr(attrs, 'src')
        : m[4] !== undefined && attr(attrs, 'as') === 'script'
          ? attr(attrs, 'href')
          : undefined;
    if (attrs.includes(nonceAttr) && src && !attr(attrs, 'integrity')) sources.add(src);
  }
  const integrity = new Map();
  for (const src of sources) {
    const value = await integrityOf(src);
    if (!value) return null; // a script we cannot pin: serve it the per-request way
    integrity.set(src, value);
  }
  const scriptHashes = new Set();
  const styleHashes = new Set();
  const loads = [];
  let out = html.replace(TAG, (whole, tag, attrs, body, linkAttrs) => {
    const a = attrs ?? linkAttrs;
    if (!a.includes(nonceAttr)) return whole;
    let cleaned = a.replace(nonceAttr, '');
    const src =
      tag === 'script' ? attr(a, 'src') : tag === undefined && attr(a, 'as') === 'script' ? attr(a, 'href') : undefined;
    if (src) {
      const pinned = attr(a, 'integrity') ?? integrity.get(src);
      if (!attr(a, 'integrity'))
        cleaned = cleaned.replace(/\s*\/?$/, (end) => ` integrity="${pinned}"${end.trim() ? '/' : ''}`);
      // The page's own scripts are loaded by loadOnDemand, below: fetched and compiled during the parse they
      // competed with the first layout for the CPU. A preload would start them early again; a nomodule script
      // is never fetched by the browsers that run the others. 'strict-dynamic' lets the scripts the loader
      // inserts run whatever the source list says (their integrity is what pins them), so only a script left
      // in the HTML needs its hash in script-src: nine hashes less keep the first response within one round trip.
      if (!tag) return '';
      if (attr(a, 'noModule') === undefined) {
        loads.push([src, pinned]);
        return '';
      }
      for (const token of pinned.split(/\s+/).filter(Boolean)) scriptHashes.add(`'${token}'`);
      return `<script${cleaned}>${body}</script>`;
    }
    if (tag === undefined) return `<link${cleaned}>`;
    const text = body.split(marker).join('');
    (tag === 'script' ? scriptHashes : styleHashes).add(`'sha256-${sha256(text)}'`);
    return `<${tag}${cleaned}>${text}</${tag}>`;
  });
  if (loads.length) {
    const end = out.lastIndexOf('</body>');
    if (end < 0) return null;
    const loader = loaderScript(loads);
    scriptHashes.add(`'sha256-${sha256(loader)}'`);
    out = `${out.slice(0, end)}<script>${loader}</script>${out.slice(end)}`;
  }
  return { html: out.split(marker).join(''), scriptHashes: [...scriptHashes], styleHashes: [...styleHashes] };
}

// A cached page needs no script to be read: its text, links, sorting links, filter form and search page all
// work as plain HTML. Its scripts (React, 139 KiB gzip) are what the buttons need, so they load once the
// visitor shows they are there: the first pointer move, touch, key, focus, scroll or wheel, or at once when
// the address has a #fragment (an FAQ answer to open) or the browser prefers another of the page's
// languages (the suggestion banner). A reader who only reads, and a crawler, never run them; in Lighthouse,
// which does not touch the page, their long tasks had added up to 190 ms of blocking time on this machine.
// A click on a button that only works with JavaScript (type=button: the theme switch, a tab) before React has
// hydrated, and ⌘K / Ctrl-K, are kept and replayed as a click once it has (components/i18n/locale-context.tsx
// marks <html data-hydrated>); links keep their plain navigation.
// The scripts go in in their document order (async=false keeps it, as `defer` did), after `load` and once
// the first contentful paint has been shown: requested before that paint, they competed with it. Without
// paint timing (or in a background tab) a second after `load`. One task per script: starting a request
// costs 3–6 ms on a cold browser. Allowed by its own hash, the loader passes the trust on to them through
// 'strict-dynamic'; each still carries its integrity.
// Compact on purpose: it is in every page, and a page's first response (HTML and headers, gzip) must stay
// within the 14.6 KB a new connection delivers in its first round trip. `w`: the scripts are wanted; `r`:
// the page has painted; `p`: the control whose click is kept; `h`: React has hydrated. No comment inside:
// loaderScript joins its lines (the unit test parses the result).
function loadOnDemand(l) {
  var d = document,
    e = d.documentElement,
    w = 0,
    r = 0,
    p,
    t = 'pointermove pointerdown touchstart keydown focusin scroll wheel hashchange'.split(' '),
    b = (navigator.language || '').split('-')[0],
    h = function () {
      return e.hasAttribute('data-hydrated');
    },
    go = function () {
      if (w && r && !go.done) {
        go.done = 1;
        l.forEach(function (x) {
          setTimeout(function () {
            var s = d.createElement('script');
            s.src = x[0];
            s.integrity = x[1];
            s.async = false;
            d.head.appendChild(s);
          });
        });
      }
    },
    want = function () {
      w = 1;
      go();
    },
    painted = function () {
      r = 1;
      go();
    },
    keep = function (v, c) {
      if (c && !h()) {
        v.preventDefault();
        v.stopImmediatePropagation();
        p = c;
        want();
      }
    };
  t.forEach(function (n) {
    addEventListener(n, want, { capture: true, passive: true, once: true });
  });
  addEventListener(
    'click',
    function (v) {
      keep(v, v.target.closest && v.target.closest('button[type=button]'));
    },
    true,
  );
  addEventListener(
    'keydown',
    function (v) {
      if ((v.metaKey || v.ctrlKey) && !v.altKey && /^k$/i.test(v.key))
        keep(v, d.querySelector('a[data-search-launcher]'));
    },
    true,
  );
  new MutationObserver(function (m, o) {
    if (h()) {
      o.disconnect();
      if (p && p.isConnected) p.click();
    }
  }).observe(e, { attributes: true });
  if (location.hash || (b != e.lang.split('-')[0] && d.querySelector('link[hreflang="' + b + '"]'))) want();
  addEventListener('load', function () {
    setTimeout(painted, 1000);
    try {
      new PerformanceObserver(function (v) {
        if (v.getEntriesByName('first-contentful-paint').length) setTimeout(painted);
      }).observe({ type: 'paint', buffered: true });
    } catch {}
  });
}

/** The loader's code for these scripts ([src, integrity] pairs), as an inline script's text. */
function loaderScript(loads) {
  // Prettier ends every statement with a semicolon, and there is no comment inside: the lines join as they are.
  const compact = loadOnDemand.toString().replace(/\n\s*/g, '');
  return `(${compact})(${JSON.stringify(loads).replace(/</g, '\\u003c')})`;
}

/** Today's CSP with the marker nonce replaced by the hashes (no hashes: no inline code of that kind). */
export function cspWithHashes(csp, marker, { scriptHashes, styleHashes }) {
  const nonceToken = `'nonce-${marker}'`;
  return csp
    .split(';')
    .map((directive) => {
      const d = directive.trim();
      const hashes = d.startsWith('script-src ') ? scriptHashes : d.startsWith('style-src ') ? styleHashes : [];
      return d
        .split(/\s+/)
        .flatMap((token) => (token === nonceToken ? hashes : [token]))
        .join(' ');
    })
    .join('; ');
}

/** A rendered response → { status, headers, body, etag } to serve to everyone, or null. */
export async function toCacheEntry(rendered, { marker, integrityOf }) {
  const { status, headers, body } = rendered;
  const type = String(headers['content-type'] ?? '');
  const csp = headers['content-security-policy'];
  const encoded = headers['content-encoding'] && headers['content-encoding'] !== 'identity';
  if (
    status !== 200 ||
    headers['set-cookie'] ||
    encoded ||
    !CACHEABLE_TYPES.test(type) ||
    typeof csp !== 'string' ||
    !csp.includes(`'nonce-${marker}'`)
  ) {
    return null;
  }
  let bytes = body;
  let hashes = { scriptHashes: [], styleHashes: [] };
  if (type.startsWith('text/html')) {
    const hashed = await hashTrustedElements(body.toString('utf8'), marker, integrityOf);
    if (!hashed) return null;
    hashes = hashed;
    bytes = Buffer.from(hashed.html, 'utf8');
  } else if (bytes.includes(marker)) {
    return null;
  }
  const kept = {};
  for (const [name, value] of Object.entries(headers)) if (!DROPPED_HEADERS.has(name)) kept[name] = value;
  kept['content-security-policy'] = cspWithHashes(csp, marker, hashes);
  const vary = String(kept['vary'] ?? '');
  if (!/accept-encoding/i.test(vary)) kept['vary'] = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  const hash = crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 29);
  // Compressed once here rather than per response; its own strong ETag, as a different representation.
  const gzip = bytes.length > 1024 ? zlib.gzipSync(bytes, { level: 6 }) : null;
  return { status, headers: kept, body: bytes, etag: `"${hash}"`, gzip, gzipEtag: gzip ? `"${hash}-gz"` : null };
}
