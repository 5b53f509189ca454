import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspWithHashes, toCacheEntry } from '@/lib/http/public-render.mjs';

// [R30] A cached public page: the one-time marker nonce becomes hashes of exactly the elements Next.js
// emitted with it; an element injected without it stays blocked (issue 16).

const marker = 'a'.repeat(48);
const CSP = `default-src 'self'; script-src 'self' 'nonce-${marker}' 'strict-dynamic'; style-src 'self' 'nonce-${marker}'; frame-ancestors 'none'; upgrade-insecure-requests`;
const sha = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`;
const integrityOf = async (src: string) => (src.startsWith('/_next/static/') ? `sha256-FILE${src.length}` : null);

function rendered(html: string, headers: Record<string, string> = {}) {
  return {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
      'x-request-id': 'r1',
      ...headers,
    },
    body: Buffer.from(html),
  };
}

describe('[R30] public render → cache entry', () => {
  it('hashes the nonce’d inline scripts and styles, pins external scripts, and removes the marker', async () => {
    const html =
      `<html><head><script nonce="${marker}">a()</script><style nonce="${marker}">:root{}</style>` +
      `<script src="/_next/static/chunks/x.js" async="" nonce="${marker}"></script>` +
      `<link rel="preload" as="script" href="/_next/static/chunks/y.js" nonce="${marker}"/></head>` +
      `<body><script>injected()</script><script nonce="${marker}">self.__next_f.push([1,"{\\"nonce\\":\\"${marker}\\"}"])</script></body></html>`;
    const entry = (await toCacheEntry(rendered(html), { marker, integrityOf }))!;
    const body = entry.body.toString();
    const csp = entry.headers['content-security-policy'] as string;
    expect(body).not.toContain(marker);
    expect(csp).not.toContain('nonce-');
    expect(csp).toContain(sha('a()'));
    expect(csp).toContain(sha('self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])'));
    expect(csp).not.toContain(sha('injected()'));
    // Loaded by the loader under 'strict-dynamic': pinned by its integrity, not listed in script-src.
    expect(csp).not.toContain("'sha256-FILE25'");
    expect(csp).toMatch(/style-src 'self' 'sha256-[^']+'; frame-ancestors 'none'/);
    // No <script src> and no script preload in the HTML: one hashed loader, last in the body, inserts the
    // pinned scripts in order once the visitor is there and the page has painted (tests/e2e/public-cache-csp).
    expect(body).not.toMatch(/<script[^>]*\ssrc=|rel="preload" as="script"/);
    const loader = /<script>(\(function loadOnDemand\([\s\S]*?)<\/script><\/body>/.exec(body)?.[1];
    expect(loader).toBeDefined();
    expect(csp).toContain(sha(loader!));
    expect(loader).toMatch(/\)\(\[\["\/_next\/static\/chunks\/x\.js","sha256-FILE25"\]\]\)$/);
    expect(loader).toContain("addEventListener('load', function");
    expect(loader).toContain("getEntriesByName('first-contentful-paint')");
    expect(entry.headers['x-request-id']).toBeUndefined();
    expect(entry.etag).toMatch(/^"[A-Za-z0-9_-]{29}"$/);
  });

  it('loads the external scripts in document order and keeps a nomodule one as it is', async () => {
    const html =
      `<html><head><script src="/_next/static/chunks/a.js" async="" nonce="${marker}"></script>` +
      `<script src="/_next/static/chunks/legacy.js" noModule="" nonce="${marker}"></script></head>` +
      `<body><p>x</p><script src="/_next/static/chunks/bb.js" async="" nonce="${marker}"></script></body></html>`;
    const entry = (await toCacheEntry(rendered(html), { marker, integrityOf }))!;
    const body = entry.body.toString();
    expect(body).toContain(
      '<script src="/_next/static/chunks/legacy.js" noModule="" integrity="sha256-FILE30"></script>',
    );
    // Parser-inserted, so 'strict-dynamic' needs its hash; the loaded ones do not.
    const csp = entry.headers['content-security-policy'] as string;
    expect(csp).toContain("'sha256-FILE30'");
    expect(csp).not.toMatch(/'sha256-FILE2[56]'/);
    expect(() => new Function(/<script>(\(function loadOnDemand[\s\S]*?)<\/script>/.exec(body)![1]!)).not.toThrow();
    expect(body).toContain(
      '([["/_next/static/chunks/a.js","sha256-FILE25"],["/_next/static/chunks/bb.js","sha256-FILE26"]])',
    );
    expect(body.indexOf('loadOnDemand')).toBeGreaterThan(body.indexOf('<p>x</p>'));
  });

  it('is not cacheable with a Set-Cookie, a non-200, an unknown script file or a foreign CSP', async () => {
    expect(await toCacheEntry(rendered('<p>x</p>', { 'set-cookie': 'a=b' }), { marker, integrityOf })).toBeNull();
    expect(await toCacheEntry({ ...rendered('<p>x</p>'), status: 404 }, { marker, integrityOf })).toBeNull();
    expect(
      await toCacheEntry(rendered(`<script src="/elsewhere.js" nonce="${marker}"></script>`), { marker, integrityOf }),
    ).toBeNull();
    expect(
      await toCacheEntry(rendered('<p>x</p>', { 'content-security-policy': "script-src 'nonce-other'" }), {
        marker,
        integrityOf,
      }),
    ).toBeNull();
  });

  it('keeps every other directive of today’s policy', () => {
    const csp = cspWithHashes(CSP, marker, { scriptHashes: ["'sha256-A'"], styleHashes: [] });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'strict-dynamic'; style-src 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });
});
