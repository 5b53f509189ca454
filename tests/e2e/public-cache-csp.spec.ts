import crypto from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './support/auth';
import { hydrated } from './support/ui';

// Issue 16: public pages are rendered once per published version and served from memory by server.mjs,
// with a CSP of hashes instead of a nonce every visitor would share, a strong ETag and a Cache-Control a
// shared cache may honour. Signed-in pages keep their per-request nonce.

const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';
const VIEWER = 'owner@globex.example';
// Public addresses outside the sitemap that are cached too.
const MORE_PUBLIC = [
  '/sitemap.xml',
  '/robots.txt',
  '/llms.txt',
  '/.well-known/security.txt',
  '/changelog/feed.xml',
  '/subprocessors.json',
  '/subprocessors.csv',
  '/subprocessors/notices.atom',
  '/search?q=password',
];

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL(m[1]!.replace(/&amp;/g, '&'));
    return url.pathname + url.search;
  });
  expect(paths.length).toBeGreaterThan(10);
  return paths;
}

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

/**
 * Every inline script's hash and every external script's integrity in the HTML is in script-src; the
 * scripts the hashed loader inserts (allowed through 'strict-dynamic') go into `loaded` with their integrity.
 */
function unlistedScripts(html: string, csp: string, loaded: Map<string, string>): string[] {
  const scriptSrc = directive(csp, 'script-src').split(/\s+/);
  const missing: string[] = [];
  let loaders = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]*)"/.exec(m[1]!)?.[1];
    if (src) {
      const integrity = /\sintegrity="([^"]*)"/.exec(m[1]!)?.[1];
      if (!integrity || !scriptSrc.includes(`'${integrity}'`)) missing.push(`external ${src}`);
    } else if (!scriptSrc.includes(sha256(m[2]!))) {
      missing.push(`inline ${m[2]!.slice(0, 60)}`);
    }
    const loads = /^\(function loadOnDemand\([\s\S]*\}\)\((\[\[.*?\]\])\)$/.exec(m[2]!)?.[1];
    if (loads) loaders += 1;
    for (const [src, integrity] of loads ? (JSON.parse(loads) as [string, string][]) : []) {
      if (!/^sha(256|384|512)-/.test(integrity)) missing.push(`loaded ${src} without integrity`);
      loaded.set(src, integrity);
    }
  }
  // Exactly one loader: none (or a loader this check no longer recognises) would leave the page unhydrated
  // and the scripts above unchecked.
  if (loaders !== 1) missing.push(`${loaders} script loaders`);
  return missing;
}

test.describe('public pages from the cache', () => {
  test('[R30] every sitemap page: hashed CSP without a nonce or unsafe-inline; every script in the HTML is allowed by hash', async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const loaded = new Map<string, string>();
    for (const path of [...(await sitemapPaths(request)), ...MORE_PUBLIC]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const headers = res.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).not.toMatch(/nonce-|unsafe-inline|unsafe-eval/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(directive(csp, 'script-src'), path).toContain("'strict-dynamic'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
      expect(headers['etag'], path).toMatch(/^"[A-Za-z0-9_-]{29}(-gz)?"$/);
      expect(headers['set-cookie'], path).toBeUndefined();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      if ((headers['content-type'] ?? '').startsWith('text/html')) {
        const html = await res.text();
        expect(unlistedScripts(html, csp, loaded), path).toEqual([]);
        expect(html, path).not.toContain(' nonce=');
      }
    }
    // Each loaded script's integrity is the hash of the file served: SRI is what pins them.
    expect(loaded.size).toBeGreaterThan(0);
    for (const [src, integrity] of loaded) {
      const [algorithm, digest] = integrity.split(/-(.*)/s) as [string, string];
      const file = await (await request.get(src)).body();
      expect(crypto.createHash(algorithm).update(file).digest('base64'), src).toBe(digest);
    }
  });

  test('ETag: If-None-Match answers 304 without a body; HEAD carries the same validators', async ({ request }) => {
    const first = await request.get('/');
    const etag = first.headers()['etag']!;
    const again = await request.get('/', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()['etag']).toBe(etag);
    expect(again.headers()['cache-control']).toBe(PUBLIC_CACHE_CONTROL);
    expect((await request.get('/', { headers: { 'If-None-Match': '"something-else"' } })).status()).toBe(200);
    const head = await request.head('/');
    expect(head.status()).toBe(200);
    expect(head.headers()['etag']).toBe(etag);
  });

  test('random query strings share the page’s entry instead of growing the cache', async ({ request }) => {
    const base = await request.get('/faq');
    expect(base.status()).toBe(200);
    expect(base.headers()['etag']).toBeTruthy();
    for (let i = 0; i < 5; i++) {
      const res = await request.get(`/faq?x=${crypto.randomUUID()}&utm_source=${i}`);
      expect(res.headers()['etag']).toBe(base.headers()['etag']);
      expect(res.headers()['x-tc-cache']).toBe('hit');
    }
  });

  test('[R30] signed-in and private pages keep a fresh per-request nonce and private, no-store', async ({
    request,
  }) => {
    const a = await request.get('/login');
    const b = await request.get('/login');
    const nonceOf = (csp: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? '')?.[1];
    expect(nonceOf(a.headers()['content-security-policy'])).toBeTruthy();
    expect(nonceOf(a.headers()['content-security-policy'])).not.toBe(nonceOf(b.headers()['content-security-policy']));
    expect(a.headers()['cache-control']).toContain('no-store');
    expect(a.headers()['etag']).toBeUndefined();
  });

  test('[R24] no Set-Cookie and nothing personal in a cached page, even for a signed-in visitor; the header link switches in the browser', async ({
    page,
    request,
  }) => {
    const anonymous = await request.get('/subprocessors');
    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    // Both links are in the shared HTML; the hidden one is not in the accessibility tree.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Your account' })).toHaveCount(0);

    await signIn(page, VIEWER);
    // Signed in by the form (a client-side navigation once hydrated): the header follows without a reload.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    const account = await page.request.get('/account');
    expect(account.headers()['content-security-policy']).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(account.headers()['cache-control']).toContain('no-store');

    const signedIn = await page.request.get('/subprocessors');
    expect(signedIn.headers()['etag']).toBe(anonymous.headers()['etag']);
    expect(signedIn.headers()['set-cookie']).toBeUndefined();
    const body = await signedIn.text();
    expect(body).not.toContain(VIEWER);
    expect(body).not.toMatch(/tc\.session|tc\.csrf/);

    await page.goto('/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Your account' })).toBeVisible();
  });
});

test.describe('public pages in Chromium under the hashed CSP', () => {
  test('[R30] every sitemap page loads with zero CSP violations and hydrates', async ({ page, request }) => {
    // 124 addresses since the German pages joined the sitemap: about 1.5 s each on a busy two-core machine.
    test.setTimeout(360_000);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text()))
        violations.push(`${page.url()}: ${msg.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      // The theme switch is in every page's header, in the page's language.
      await expect(
        page.getByRole('button', { name: /^(Switch to (dark|light) theme|Zum (dunklen|hellen) Design wechseln)$/ }),
      ).toBeVisible();
      await hydrated(page);
    }
    expect(violations).toEqual([]);
  });

  test('a cached page loads no script while it is only read; the first move loads them, after the first paint', async ({
    page,
  }) => {
    const scriptsRequested = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/_next\/static\/.+\.js$/.test(e.name))
          .map((e) => e.startTime),
      );
    for (const path of ['/', '/subprocessors', '/certifications']) {
      await page.goto(path);
      await page.waitForTimeout(1500);
      expect(await scriptsRequested(), `${path}: scripts requested by a page nobody touched`).toEqual([]);
      // Readable and usable as HTML: the sidebar's sections are links.
      await expect(page.getByRole('link', { name: 'Sub-processors' }).first()).toHaveAttribute(
        'href',
        '/subprocessors',
      );
      await hydrated(page);
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
      const scripts = await scriptsRequested();
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(Math.min(...scripts), `${path}: first script requested before the first paint`).toBeGreaterThan(fcp!);
    }
  });

  test('a click on the theme switch or a tab before React has hydrated is kept and replayed once it has', async ({
    page,
  }) => {
    // Slow scripts: the clicks land while they are still on their way.
    await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/account-security');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.locator('html').getAttribute('data-hydrated')).toBeNull();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

    await page.goto('/certifications');
    const tabs = page.getByRole('tablist').first().getByRole('tab');
    const second = tabs.nth(1);
    await second.click();
    expect(await page.locator('html').getAttribute('data-hydrated')).toBeNull();
    await expect(second).toHaveAttribute('aria-selected', 'true');
  });

  test('⌘K / Ctrl-K before hydration opens the search dialog once the page is live', async ({ page }) => {
    await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto('/account-security');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search the trust center' })).toBeVisible();
  });

  test('a page opened at a #fragment loads its scripts at once: the linked FAQ answer opens', async ({ page }) => {
    await page.goto('/faq');
    const id = await page.locator('details[id]').nth(2).getAttribute('id');
    expect(id).toBeTruthy();
    await page.goto('/');
    await page.goto(`/faq#${id}`);
    // No mouse move, no key: the fragment alone brings the scripts.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('open', '');
  });

  test('search dialog, theme switch and table sorting still work', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/account-security');
    await hydrated(page);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the trust center' });
    await dialog.getByRole('combobox', { name: 'Search the trust center' }).fill('porting');
    await expect(dialog.getByRole('option').first()).toContainText("Why don't you offer 2FA codes by SMS?");
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    // The cached HTML says "system"; the hashed inline script applies the cookie before paint.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

    await page.goto('/subprocessors');
    await page
      .getByRole('table')
      .first()
      .getByRole('link', { name: /^Since/ })
      .click();
    await expect(page.getByRole('columnheader', { name: /Since/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(violations).toEqual([]);
  });
});
