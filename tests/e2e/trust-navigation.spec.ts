import { expect, test, type APIRequestContext } from '@playwright/test';
import { hydrated } from './support/ui';

/** Every public page in the default language, as the sitemap lists them (paths, in sidebar order). */
async function publicPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((p) => p !== '/de' && !p.startsWith('/de/'));
}

test.describe('trust center: reading', () => {
  test('the sidebar reaches every content page and marks the current one', async ({ page, request }) => {
    test.setTimeout(90_000);
    // App pages outside the content sections (search, Ask, abuse form, changelog, the sub-processor register,
    // the document library) are not in the sidebar.
    const paths = (await publicPaths(request)).filter(
      (p) =>
        !['/search', '/ask', '/report-abuse', '/changelog'].includes(p) &&
        !p.startsWith('/subprocessors') &&
        !p.startsWith('/documents'),
    );
    expect(paths).toHaveLength(35);
    await page.goto('/');
    const sidebar = page.getByRole('navigation', { name: 'Trust center' });
    for (const path of paths) {
      const link = sidebar.locator(`a[href="${path}"]`);
      if (!(await link.isVisible())) {
        // A collapsed section: open it from its summary, as a visitor would.
        await sidebar
          .locator('details')
          .filter({ has: page.locator(`a[href="${path}"]`) })
          .locator('summary')
          .click();
      }
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('sections expand and collapse from the keyboard', async ({ page }) => {
    await page.goto('/');
    const sidebar = page.getByRole('navigation', { name: 'Trust center' });
    const summary = sidebar.locator('summary', { hasText: 'Certifications & audits' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(sidebar.getByRole('link', { name: 'SOC 2 Type II' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(sidebar.getByRole('link', { name: 'Overview of Certifications & audits' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/certifications$/);
  });

  test('"On this page" jumps to a section and follows the reader (scroll-spy)', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto('/infrastructure-security/technical-and-organisational-measures');
    const toc = page.getByRole('navigation', { name: 'On this page', exact: true });
    await toc.getByRole('link', { name: 'Encryption' }).click();
    await expect(page).toHaveURL(/#encryption$/);
    await expect(page.locator('h3#encryption')).toBeInViewport();
    await expect(toc.getByRole('link', { name: 'Encryption' })).toHaveAttribute('aria-current', 'location');
    await page.evaluate(() => document.getElementById('physical-security')!.scrollIntoView({ block: 'start' }));
    await expect(toc.getByRole('link', { name: 'Physical security' })).toHaveAttribute('aria-current', 'location');
  });

  test('a page shows breadcrumbs, its dates and owner, previous/next, and links to its headings', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/account-security/two-factor-authentication');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText([
      'Trust center',
      'Account security',
    ]);
    await expect(page.getByText('Last updated')).toBeVisible();
    await expect(page.locator('dd time').nth(1)).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
    await expect(pager.getByRole('link')).toHaveText([/Previous\s*Password management/, /Next\s*IP access control/]);

    const heading = page.getByRole('heading', { level: 2 }).first();
    const id = await heading.getAttribute('id');
    // Before the body's listener is attached (after hydration) the link just jumps to its heading.
    await hydrated(page);
    await expect(async () => {
      await page.getByRole('link', { name: `Copy link to “${await heading.innerText()}”` }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1, { timeout: 500 });
    }).toPass();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL(page.url()).origin}/account-security/two-factor-authentication#${id}`,
    );
  });

  test('pages carry their description, canonical URL and link-preview tags', async ({ page, baseURL }) => {
    await page.goto('/data-protection/subprocessors');
    await expect(page).toHaveTitle('Sub-processors · Acme Mail Trust Center');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${baseURL}/data-protection/subprocessors`,
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^The companies that process customer data/,
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Sub-processors');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      `${baseURL}/data-protection/subprocessors`,
    );
    await expect(page.getByRole('link', { name: 'sub-processor register' }).first()).toHaveAttribute(
      'href',
      '/subprocessors',
    );
  });

  test('unknown slugs answer 404', async ({ page }) => {
    for (const path of ['/certifications/iso-9999', '/no-such-section', '/faq/extra/depth', '/search/nothing-here']) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
    }
  });

  test('sitemap.xml, robots.txt, security.txt and llms.txt describe the site', async ({ request, baseURL }) => {
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.headers()['content-type']).toContain('xml');
    expect(await sitemap.text()).toContain(`<loc>${baseURL}/certifications/soc-2-type-ii</loc>`);

    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Disallow: /account');
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

    const securityTxt = await request.get('/.well-known/security.txt');
    expect(securityTxt.headers()['content-type']).toContain('text/plain');
    const body = await securityTxt.text();
    expect(body).toMatch(/^Contact: mailto:security@acme\.example$/m);
    const expires = /^Expires: (\S+)$/m.exec(body)?.[1];
    expect(Date.parse(expires!)).toBeGreaterThan(Date.now());
    expect(body).toContain(`Canonical: ${baseURL}/.well-known/security.txt`);

    const llms = await (await request.get('/llms.txt')).text();
    expect(llms).toMatch(/^# Acme Mail Trust Center\n\n> /);
    expect(llms).toContain(`- [Security FAQ](${baseURL}/faq): `);
    // 35 content pages, the two languages (English, Deutsch) and the two optional links.
    expect(llms.match(/^- \[/gm)).toHaveLength(35 + 2 + 2);
    expect(llms).toContain(`- [Deutsch](${baseURL}/de) (de): `);
  });
});
