import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './support/mailbox';
import { hydrated } from './support/ui';

// Issue 18: the trust center in German. A prospect switches to Deutsch on /certifications and stays on
// that page, subscribes to sub-processor changes and gets the German confirmation email, and searches for
// "Verschlüsselung". The steps marked CONTENT need the demo's German pages (content/pages/de/…, imported
// into the database by the studio's import): without them every German page is the English text with a
// fallback notice, and those steps fail.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

test('a prospect switches to Deutsch on /certifications, subscribes in German and searches in German', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = `pruefer-${Date.now()}@beispiel.example`;
  const since = new Date();

  await page.goto('/certifications');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();

  // The same page, in German: its address, <html lang>, the chrome, and its hreflang alternates.
  await expect(page).toHaveURL(/\/de\/certifications$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sprache' }).getByText('Deutsch')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/certifications$/);
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', /\/de\/certifications$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    /[^e]\/certifications$/,
  );
  // Links in the sidebar stay in German.
  const sidebar = await page
    .getByRole('navigation', { name: 'Trust Center', exact: true })
    .locator('a') // links inside collapsed sections too (not in the accessibility tree)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(sidebar.length).toBeGreaterThan(20);
  expect(sidebar.filter((href) => !href.startsWith('/de'))).toEqual([]);
  await axe(page);

  // Subscribing from the German page: the form, the answer and the confirmation email are German.
  await page.goto('/de/subprocessors/subscribe');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Änderungen bei Unterauftragsverarbeitern abonnieren' }),
  ).toBeVisible();
  await axe(page);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Abonnieren' }).click();
  await expect(page.getByRole('heading', { name: 'Bitte sehen Sie in Ihr Postfach' })).toBeFocused();
  const confirmation = await waitForMail(email, /^Bitte bestätigen Sie Ihr Abonnement/, since);
  expect(confirmation.text).toContain('Abonnement bestätigen');
  await page.goto(linkIn(confirmation, '/de/subprocessors/subscribe/confirm?token='));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('button', { name: 'Abonnement bestätigen' }).click();
  await expect(page.getByRole('heading', { name: 'Abonnement bestätigt' })).toBeFocused();

  // CONTENT: the German certifications page is a translation (not the English text with a notice).
  await page.goto('/de/certifications');
  await expect(page.locator('[data-translation-state="fallback"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Certifications & audits');

  // CONTENT: German search finds a German page, in German.
  await hydrated(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Trust Center durchsuchen' });
  await dialog.getByRole('combobox').fill('Verschlüsselung');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await axe(page);
  await dialog.getByRole('combobox').press('Enter');
  // Any German page: the German home page (/de#…) may rank first.
  await expect(page).toHaveURL(/\/de(?:[/#?]|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('main')).toContainText(/Verschlüsselung/i);
});

test('languages never redirect: an unknown prefix is a 404, Accept-Language only suggests, caches are per language', async ({
  browser,
  request,
}) => {
  for (const path of ['/fr/certifications', '/en/certifications', '/de/studio', '/de/no-such-page', '/xx']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }

  // A German browser on an English page: the page stays English at its address, with a German suggestion.
  // Nothing here moves the mouse: the cached page's loader brings the scripts at once for such a browser.
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const response = await page.goto('/certifications');
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page).toHaveURL(/\/certifications$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const suggestion = page.getByRole('region', { name: 'Diese Seite gibt es auch auf Deutsch.' });
  await expect(suggestion.getByRole('link', { name: 'Auf Deutsch lesen' })).toHaveAttribute(
    'href',
    '/de/certifications',
  );
  await suggestion.getByRole('button', { name: 'Ausblenden' }).click();
  await expect(suggestion).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Diese Seite gibt es auch auf Deutsch.' })).toHaveCount(0);
  await context.close();

  // The cache keys on the address alone: a German page stays German whatever the browser asks for.
  await request.get('/de/faq');
  const cached = await request.get('/de/faq', { headers: { 'accept-language': 'en' } });
  expect(cached.headers()['x-tc-cache']).toBe('hit');
  expect(await cached.text()).toContain('<html lang="de"');
  const english = await request.get('/faq', { headers: { 'accept-language': 'de' } });
  expect(await english.text()).toContain('<html lang="en"');
});
