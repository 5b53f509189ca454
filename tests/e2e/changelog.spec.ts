import { expect, test } from '@playwright/test';

// The public changelog of the trust center (issue 9): reachable from every page's footer, with an Atom feed
// announced to feed readers. Entries appear when the studio publishes a change marked notable.
test.describe('trust center: changelog', () => {
  test('the footer leads to the changelog, which announces its Atom feed', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Changelog' }).click();
    await expect(page).toHaveURL(/\/changelog$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Changelog' })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/changelog\/feed\.xml$/,
    );
    const feed = await request.get('/changelog/feed.xml');
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });
});
