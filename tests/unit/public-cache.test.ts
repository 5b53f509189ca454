import { describe, expect, it } from 'vitest';
import { createPublicCache, notModified } from '@/lib/http/public-cache.mjs';
import { publicCacheKey } from '@/lib/http/public-page-contract.mjs';
import type { PublicCacheEntry } from '@/lib/http/public-render.mjs';

// The in-memory public-page cache of server.mjs (issue 16): keys, bounds, versions, stale-while-render.

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });
const page = (text: string): PublicCacheEntry => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from(text),
  etag: `"${text}"`,
});

describe('public cache key', () => {
  it('is the path and the contract query only, normalised', () => {
    expect(publicCacheKey(get('/security?x=1&utm_source=mail'))).toBe('/security');
    expect(publicCacheKey(get('/search?x=1&q=%20pass%20%20word '))).toBe('/search?q=pass+word');
    expect(publicCacheKey(get('/search?q='))).toBe('/search');
    expect(publicCacheKey(get('/subprocessors?sort=name&as_of=2026-01-01&junk=1'))).toBe(
      '/subprocessors?as_of=2026-01-01&sort=name',
    );
    expect(publicCacheKey({ method: 'HEAD', url: '/', headers: {} })).toBe('/');
  });

  it('never answers private, visitor-specific, client-navigation or write requests', () => {
    for (const url of [
      '/studio',
      '/account/users',
      '/login',
      '/api/health',
      '/_next/static/x.js',
      '/documents/access?t=1',
      '/documents/iso/download',
      '/subprocessors/subscribe/confirm?token=abc',
      '/subprocessors/unsubscribe?token=abc',
      '/search/suggest?q=a',
      '//evil',
    ]) {
      expect(publicCacheKey(get(url)), url).toBeNull();
    }
    expect(publicCacheKey(get('/', { rsc: '1' }))).toBeNull();
    expect(publicCacheKey(get('/?_rsc=abc'))).toBeNull();
    expect(publicCacheKey({ method: 'POST', url: '/', headers: {} })).toBeNull();
    expect(publicCacheKey(get(`/search?q=${'a'.repeat(201)}`))).toBeNull();
  });

  it('ignores request headers other than the Next.js navigation ones', () => {
    expect(
      publicCacheKey(get('/', { cookie: 'tc.session=abc', host: 'evil.example', 'x-forwarded-host': 'evil' })),
    ).toBe('/');
  });
});

describe('public cache', () => {
  it('renders once per version and serves the same entry after', async () => {
    let renders = 0;
    const cache = createPublicCache({ render: async () => page(`v${++renders}`), versionOf: () => 'a' });
    expect((await cache.lookup('/'))!.state).toBe('miss');
    expect((await cache.lookup('/'))!.state).toBe('hit');
    expect(renders).toBe(1);
  });

  it('random query strings do not grow the cache (they share the page’s key)', async () => {
    const cache = createPublicCache({ render: async () => page('x'), versionOf: () => 'a' });
    for (let i = 0; i < 50; i++) {
      const key = publicCacheKey(get(`/security?x=${Math.random()}`))!;
      await cache.lookup(key);
    }
    expect(cache.stats().entries).toBe(1);
  });

  it('is bounded in bytes and in variants of one path', async () => {
    const cache = createPublicCache({
      render: async (key) => page(key.padEnd(1000, '.')),
      versionOf: () => 'a',
      maxBytes: 10_000,
      maxVariantsPerPath: 3,
    });
    for (let i = 0; i < 20; i++) await cache.lookup(`/search?q=${i}`);
    expect(cache.stats().entries).toBe(3);
    for (let i = 0; i < 30; i++) await cache.lookup(`/p${i}`);
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
  });

  it('single-flight: concurrent misses render once', async () => {
    let renders = 0;
    const cache = createPublicCache({
      render: async () => {
        renders++;
        await new Promise((r) => setTimeout(r, 20));
        return page('x');
      },
      versionOf: () => 'a',
    });
    await Promise.all(Array.from({ length: 10 }, () => cache.lookup('/')));
    expect(renders).toBe(1);
  });

  it('a new version is rendered at once; a failed render serves the previous version, never an error', async () => {
    let version = 'a';
    let fail = false;
    let n = 0;
    const cache = createPublicCache({
      render: async () => {
        if (fail) throw new Error('boom');
        return page(`v${++n}`);
      },
      versionOf: () => version,
      log: { warn: () => {} },
    });
    await cache.lookup('/');
    version = 'b';
    const fresh = await cache.lookup('/');
    expect(fresh!.entry.body.toString()).toBe('v2');
    expect(fresh!.state).toBe('refreshed');
    version = 'c';
    fail = true;
    const stale = await cache.lookup('/');
    expect(stale!.state).toBe('stale');
    expect(stale!.entry.body.toString()).toBe('v2');
  });

  it('what is not cacheable (404, a cookie) goes to Next, without rendering again for a while', async () => {
    let renders = 0;
    const cache = createPublicCache({
      render: async () => {
        renders++;
        return null;
      },
      versionOf: () => 'a',
    });
    expect(await cache.lookup('/nope')).toBeNull();
    expect(await cache.lookup('/nope')).toBeNull();
    expect(renders).toBe(1);
    expect(cache.stats().entries).toBe(0);
  });

  it('If-None-Match matches the strong ETag (also listed or weak-prefixed)', () => {
    expect(notModified('"abc"', '"abc"')).toBe(true);
    expect(notModified('"x", W/"abc"', '"abc"')).toBe(true);
    expect(notModified('*', '"abc"')).toBe(true);
    expect(notModified('"abd"', '"abc"')).toBe(false);
    expect(notModified(undefined, '"abc"')).toBe(false);
  });
});

describe('sendEntry', () => {
  it('serves the gzip representation with its own ETag when the client accepts it', async () => {
    const { sendEntry } = await import('@/lib/http/public-cache.mjs');
    const zlib = await import('node:zlib');
    const body = Buffer.from('x'.repeat(2000));
    const entry = {
      ...page('x'),
      body,
      etag: '"plain"',
      gzip: zlib.gzipSync(body),
      gzipEtag: '"plain-gz"',
      version: 'a',
    };
    const written: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
    const res = {
      writeHead: (s: number, h: Record<string, string>) => Object.assign(written, { status: s, headers: h }),
      end: (b?: Buffer) => Object.assign(written, { body: b }),
    };
    sendEntry({ method: 'GET', headers: { 'accept-encoding': 'gzip, br' } } as never, res as never, {
      entry,
      state: 'hit',
    });
    expect(written.headers!['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(written.body!).equals(body)).toBe(true);
    sendEntry(
      { method: 'GET', headers: { 'if-none-match': '"plain-gz"', 'accept-encoding': 'gzip' } } as never,
      res as never,
      { entry, state: 'hit' },
    );
    expect(written.status).toBe(304);
    sendEntry({ method: 'GET', headers: {} } as never, res as never, { entry, state: 'hit' });
    expect(written.headers!.etag).toBe('"plain"');
    expect(written.body!.equals(body)).toBe(true);
  });
});

describe('public cache key: one spelling per path', () => {
  it('percent-encoded spellings of a page share its entry', () => {
    expect(publicCacheKey(get('/certific%61tions'))).toBe('/certifications');
    expect(publicCacheKey(get('/%63ertifications/iso-27001?x=1'))).toBe('/certifications/iso-27001');
    expect(publicCacheKey(get('/se%61rch?q=pass'))).toBe('/search?q=pass');
    // Reserved characters stay escaped, in one case.
    expect(publicCacheKey(get('/a%2fb'))).toBe('/a%2Fb');
    expect(publicCacheKey(get('/a%2Fb'))).toBe('/a%2Fb');
  });

  it('an escaped private address is still private, and a malformed escape is never cached', () => {
    expect(publicCacheKey(get('/%61ccount'))).toBeNull();
    expect(publicCacheKey(get('/%73tudio/pages'))).toBeNull();
    expect(publicCacheKey(get('/faq%'))).toBeNull();
    expect(publicCacheKey(get('/faq%zz'))).toBeNull();
    expect(publicCacheKey(get('/faq%C3%28'))).toBeNull(); // not UTF-8
  });
});
