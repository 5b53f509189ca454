import { hydrated } from './support/ui';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.describe('foundation', () => {
  test('home page shows the trust center with its certifications', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: /Security and compliance at Acme Mail/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Certifications at a glance' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: /Acme Mail Trust Center/ })).toBeVisible();
  });

  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await hydrated(page);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  });

  test('[R30] pages carry a nonce CSP and the scripts still run under it', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
    });
    // A page rendered per request (public pages are cached with hashes instead: public-cache-csp.spec.ts).
    const response = await page.goto('/login');
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers['x-powered-by']).toBeUndefined();
    // Hydration proves the nonce reached Next's scripts: the theme switch works once hydrated.
    await hydrated(page);
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /^(dark|light)$/);
    expect(errors).toEqual([]);
  });

  test('[R30] API responses carry security headers too', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: { ok: true } });
    expect(typeof body.database.roundTripMs).toBe('number');
    expect(res.headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['cache-control']).toContain('no-store');
  });

  test('unknown pages answer a branded 404 that reveals nothing internal', async ({ page }) => {
    const response = await page.goto('/this/page/does-not-exist');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the trust center' })).toBeVisible();
    const html = await page.content();
    expect(html).not.toMatch(/node_modules|at \w+ \(|webpack-internal/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`home page has no accessibility violations (${theme})`, async ({ page, context }) => {
      await context.addCookies([{ name: 'theme', value: theme, url: test.info().project.use.baseURL! }]);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
