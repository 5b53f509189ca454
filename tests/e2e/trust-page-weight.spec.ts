import { expect, test } from '@playwright/test';
import { hydrated } from './support/ui';

// Issue 16 part 4: what a public page weighs. Every element of a page is shipped twice (as HTML and in the
// React payload that hydrates it), so the navigation and "On this page" are rendered once for every screen
// size and repeated elements carry short classes. Before: / 131,433 bytes, /certifications 121,321 bytes.
// The budgets hold today's figures (with a little room), so a page cannot quietly grow back. Since the cached
// page sends the content body and the navigation as HTML only (lib/http/static-slots.mjs): / 46.7 kB,
// /certifications 47.4 kB, /faq (the longest content page; 124.2 kB before) 64.3 kB. The sub-processor
// tables and the documents list go the same way: /subprocessors 81.6 → 53.3 kB, /documents 81.5 → 47.4 kB.
// Languages (issue 18) added the hreflang links, the language switch and suggestion, and the words of the
// client components (search dialog, forms), which now travel as messages instead of inside the scripts:
// / 49.9 kB, /certifications 50.7 kB, /faq 71.9 kB, /subprocessors 55.7 kB (the register grows with the
// changes other specs publish), /documents 49.7 kB. German pages run 2–5 kB longer (longer words)
// and are not budgeted here. With the header's theme switch and account link and the search launcher
// rendered on the server (their JavaScript left the first load): / 50.7 kB, /certifications 51.5 kB,
// /faq 72.3 kB, /subprocessors 56.6 kB, /documents 50.4 kB. The on-demand script loader (which replays an
// early click) added about 1 kB to each, and took nine hashes (0.5 kB) out of the CSP header.
const BUDGETS: Record<string, number> = {
  '/': 53_000,
  '/certifications': 53_000,
  '/faq': 75_000,
  '/subprocessors': 60_000,
  '/documents': 54_000,
};

test.describe('trust center: page weight', () => {
  for (const [path, budget] of Object.entries(BUDGETS)) {
    test(`${path} stays within ${budget} bytes of HTML, with one navigation and one "On this page"`, async ({
      request,
    }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const html = await res.body();
      expect(html.length).toBeLessThanOrEqual(budget);
      const text = html.toString('utf8');
      expect(text.match(/<nav aria-label="Trust center"/g)).toHaveLength(1);
      expect((text.match(/<nav aria-label="On this page"/g) ?? []).length).toBeLessThanOrEqual(1);
    });
  }

  test('the one navigation is a "Menu" on a phone and the open sidebar on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/certifications');
    const nav = page.getByRole('navigation', { name: 'Trust center' });
    await expect(nav).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(nav.getByRole('link', { name: 'Security FAQ' })).toBeVisible();
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/certifications');

    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto('/faq');
    await expect(page.getByText('Menu', { exact: true })).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Security FAQ' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'On this page', exact: true }).getByRole('link').first(),
    ).toBeVisible();
  });

  test('the search and copy-link icons show, drawn with CSS borders rather than an image', async ({ page }) => {
    // An SVG image (a CSS mask) costs the first render an isolated SVG document: 11-16 ms each, which
    // Lighthouse counts four times over.
    await page.goto('/account-security/two-factor-authentication');
    for (const [selector, pseudo] of [
      ['.trust-launcher', '::before'],
      ['.trust-launcher', '::after'],
      ['.trust-copy-link', '::before'],
      ['.trust-copy-link', '::after'],
    ] as const) {
      const drawn = await page
        .locator(selector)
        .first()
        .evaluate((el, p) => {
          const s = getComputedStyle(el, p);
          return {
            border: parseFloat(s.borderTopWidth),
            width: parseFloat(s.width),
            images: s.maskImage + s.backgroundImage,
          };
        }, pseudo);
      expect(drawn.border, `${selector}${pseudo}`).toBeGreaterThan(0);
      expect(drawn.width, `${selector}${pseudo}`).toBeGreaterThan(3);
      expect(drawn.images, `${selector}${pseudo}`).toBe('nonenone');
    }
  });

  test('the body is sent once, and still works: tabs, copy link, client-side links, back to the page', async ({
    page,
    request,
    context,
  }) => {
    const html = await (await request.get('/')).text();
    const payload = [...html.matchAll(/self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
    expect(html).toContain('data-static-slot="body-');
    // The body's text is in the HTML and not again in the React payload.
    const bodyText = /data-static-slot="body-[^"]*"[^>]*>[\s\S]*?<p>([^<]{40,})/.exec(html)?.[1];
    expect(bodyText).toBeTruthy();
    expect(payload).not.toContain(bodyText!.slice(0, 40));

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await hydrated(page);
    const tabs = page.getByRole('tablist').first().getByRole('tab');
    // The tabs' listener is attached by an effect once the body has hydrated (the scripts load after the
    // first paint); a click before that selects nothing, and a reader clicks again.
    await expect(async () => {
      await tabs.nth(1).click();
      await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true', { timeout: 500 });
    }).toPass();
    await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(0)).toBeFocused();

    const heading = page.locator('main h2[id]').first();
    const id = await heading.getAttribute('id');
    await page.getByRole('link', { name: `Copy link to “${await heading.innerText()}”` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/#${id}`);

    // A link in the body navigates client-side (no new document), and the page it leaves comes back whole.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const sidebar = page.getByRole('navigation', { name: 'Trust center' });
    await sidebar.getByRole('link', { name: 'Security FAQ' }).click();
    await expect(page).toHaveURL(/\/faq$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/FAQ/i);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveAttribute('href', '/faq');
    await page.goBack();
    await expect(page).toHaveURL(/:\d+\/(#[\w-]+)?$/);
    await expect(page.getByRole('tablist').first()).toBeVisible();
    await expect(page.locator('main h2[id]').first()).toHaveText((await heading.textContent())!);
  });
});
