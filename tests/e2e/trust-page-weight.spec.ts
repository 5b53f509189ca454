import { expect, test } from '@playwright/test';

// Issue 16 part 4: what a public page weighs. Every element of a page is shipped twice (as HTML and in the
// React payload that hydrates it), so the navigation and "On this page" are rendered once for every screen
// size and repeated elements carry short classes. Before: / 131,433 bytes, /certifications 121,321 bytes.
// The budgets hold today's figures (with a little room), so a page cannot quietly grow back.
const BUDGETS: Record<string, number> = { '/': 82_000, '/certifications': 80_000 };

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
});
