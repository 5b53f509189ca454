import { expect, test } from '@playwright/test';
import { hydrated } from './support/ui';

test.describe('trust center: search', () => {
  test('Ctrl-K finds a FAQ answer by a word from its body and opens it', async ({ page }) => {
    await page.goto('/account-security');
    await hydrated(page);
    await page.getByRole('heading', { level: 1 }).click(); // focus the page, as a reader would have
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the trust center' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('combobox', { name: 'Search the trust center' });
    await expect(box).toBeFocused();
    await box.fill('porting');
    const first = dialog.getByRole('option').first();
    await expect(first).toContainText("Why don't you offer 2FA codes by SMS?");
    await expect(first.locator('mark')).toHaveText(['porting']);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/faq#faq-sms-2fa$/);
    const answer = page.locator('details#faq-sms-2fa');
    await expect(answer).toHaveAttribute('open', '');
    await expect(answer.getByText('number porting fraud')).toBeInViewport();
  });

  test('the sidebar search box opens the dialog; arrow keys choose; Escape closes it', async ({ page }) => {
    await page.goto('/');
    await hydrated(page); // before that, the launcher is a plain link to the search page
    await page
      .getByRole('complementary', { name: 'Sections' })
      .getByRole('link', { name: /Search the trust center/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill('penetration test');
    await expect(dialog.getByRole('option')).not.toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('/search?q= ranks and highlights results, and its form works', async ({ page }) => {
      await page.goto('/search?q=porting');
      await expect(page.getByRole('heading', { name: /results? for “porting”/ })).toBeVisible();
      const first = page
        .getByRole('region', { name: /results? for “porting”/ })
        .getByRole('listitem')
        .first();
      await expect(first.getByRole('link')).toHaveText("Why don't you offer 2FA codes by SMS?");
      await expect(first.locator('mark')).toHaveText(['porting']);

      await page.getByRole('searchbox', { name: 'Search the trust center' }).fill('where is our data stored');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\?q=where\+is\+our\+data\+stored$/);
      await expect(page.getByRole('heading', { name: /results? for “where is our data stored”/ })).toBeVisible();
      await page.getByRole('link', { name: 'Where is our data stored?' }).click();
      await expect(page).toHaveURL(/\/faq#faq-data-location$/);
    });

    test('says so when nothing matches', async ({ page }) => {
      await page.goto('/search?q=xylophonist');
      await expect(page.getByRole('heading', { name: 'No results for “xylophonist”' })).toBeVisible();
    });
  });
});
