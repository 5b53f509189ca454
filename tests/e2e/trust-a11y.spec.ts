import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import axe from 'axe-core';

/** Every public page, as the sitemap lists them (paths, in sidebar order). */
async function publicPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core is put into every page of the context once (addInitScript) and run in place: AxeBuilder injects
// its source again for each analysis and finishes in a new page, 2–3 s a page against 0.5 s this way, which
// over the 125 addresses in two themes was 9.6 of the main harness's 25 minutes. Same rules, same tags.
async function violations(page: Page): Promise<string[]> {
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG,
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('trust center: accessibility (axe, WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`every public page has no violations (${theme})`, async ({ page, context, request, baseURL }) => {
      test.setTimeout(720_000); // the sitemap also lists the document, notice and changelog pages (issue 16), in every language (issue 18)
      await context.addCookies([{ name: 'theme', value: theme, url: baseURL! }]);
      await context.addInitScript({ content: axe.source });
      const queue = [...(await publicPaths(request)), '/search?q=encryption'];
      expect(queue.length).toBeGreaterThan(36);
      const found: Record<string, string[]> = {};
      // Two tabs at a time: axe is CPU-bound in each tab's renderer.
      const worker = async (tab: Page) => {
        for (let path = queue.shift(); path; path = queue.shift()) {
          await tab.goto(path);
          await expect(tab.locator('html')).toHaveAttribute('data-theme', theme);
          const v = await violations(tab);
          if (v.length) found[path] = v;
        }
      };
      await Promise.all([worker(page), worker(await context.newPage())]);

      // The search dialog with results, over an expanded FAQ answer.
      await page.goto('/faq#faq-data-location');
      await expect(page.getByRole('heading', { level: 1, name: 'Security FAQ' })).toBeVisible();
      // Ctrl-K works once the page has hydrated; a key pressed before that opens nothing, so press again.
      await expect(async () => {
        await page.keyboard.press('Control+k');
        await expect(page.getByRole('dialog').getByRole('combobox')).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      await page.getByRole('dialog').getByRole('combobox').fill('encryption');
      await expect(page.getByRole('dialog').getByRole('option')).not.toHaveCount(0);
      const v = await violations(page);
      if (v.length) found['search dialog'] = v;
      expect(found).toEqual({});
    });
  }
});
