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
    expect(csp).toContain("'sha256-FILE25'");
    expect(csp).toMatch(/style-src 'self' 'sha256-[^']+'; frame-ancestors 'none'/);
    // Deferred, not async: the page's text paints before any script runs (an async script that arrives
    // mid-parse stops the parser and pushed the first paint of /certifications from 1.0 to 1.3 s at 4× CPU).
    expect(body).toContain('<script src="/_next/static/chunks/x.js" defer="" integrity="sha256-FILE25"></script>');
    expect(body).toContain(
      '<link rel="preload" as="script" href="/_next/static/chunks/y.js" integrity="sha256-FILE25"/>',
    );
    expect(entry.headers['x-request-id']).toBeUndefined();
    expect(entry.etag).toMatch(/^"[A-Za-z0-9_-]{29}"$/);
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
