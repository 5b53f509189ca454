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
      for (const token of pinned.split(/\s+/).filter(Boolean)) scriptHashes.add(`'${token}'`);
      // The page's own scripts start loading only once it has loaded (afterLoadLoader): fetched and compiled
      // during the parse, they competed with the first layout for the CPU. A preload would start them early
      // again; a nomodule script is never fetched by the browsers that run the others.
      if (!tag) return '';
      if (attr(a, 'noModule') === undefined) {
        loads.push([src, pinned]);
        return '';
      }
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
    const loader = afterLoadLoader(loads);
    scriptHashes.add(`'sha256-${sha256(loader)}'`);
    out = `${out.slice(0, end)}<script>${loader}</script>${out.slice(end)}`;
  }
  return { html: out.split(marker).join(''), scriptHashes: [...scriptHashes], styleHashes: [...styleHashes] };
}

// Inserts the scripts in their document order (async=false keeps it, as `defer` did) once the page has
// loaded and its first contentful paint has been shown: the `load` event comes before that paint reaches the
// screen (Lighthouse trace of /subprocessors: load at 330 ms, paint shown at 395 ms), and scripts requested in
// between competed with it and made Lighthouse count their download in the LCP (937 ms or 2.2 s, run to run).
// Without paint timing, or in a background tab that does not paint, the scripts come a second after `load`.
// Each is inserted in a task of its own: starting a request costs 3–6 ms on a cold browser, nine in one task
// made a 15–29 ms task (a long one at Lighthouse's 4× CPU slowdown). async=false still runs them in order.
// Allowed by its own hash, the loader passes the trust on to them through 'strict-dynamic'; each still
// carries its integrity.
function afterLoadLoader(loads) {
  return (
    `(function(){var l=${JSON.stringify(loads).replace(/</g, '\\u003c')},d=0;function g(){if(d)return;d=1;` +
    `l.forEach(function(x){setTimeout(function(){var s=document.createElement('script');s.src=x[0];` +
    `s.integrity=x[1];s.async=false;document.head.appendChild(s)})})}function p(){setTimeout(g,1000);try{new PerformanceObserver(function(e){` +
    `e.getEntriesByName('first-contentful-paint').length&&setTimeout(g)}).observe({type:'paint',buffered:true})}catch(e){}}` +
    `document.readyState=='complete'?p():addEventListener('load',p)})()`
  );
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
