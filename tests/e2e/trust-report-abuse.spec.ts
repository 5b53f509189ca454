import { expect, test } from '@playwright/test';

test.describe('trust center: report abuse', () => {
  test('a report goes through and the reporter sees its reference number', async ({ page }) => {
    await page.goto('/report-abuse');
    await expect(page.getByRole('heading', { level: 1, name: 'Report abuse' })).toBeVisible();
    await page.getByLabel('What are you reporting?').selectOption('phishing');
    await page.getByLabel('Web address or message headers').fill('https://acme-mail-login.example/verify');
    await page.getByLabel('What happened?').fill('An SMS asked me to confirm my Acme Mail password on this site.');
    await page.getByLabel('Your email address (optional)').fill('reporter@example.org');
    await page.getByRole('button', { name: 'Send report' }).click();

    const done = page.getByRole('heading', { name: 'Thank you, your report has been received' });
    await expect(done).toBeVisible();
    await expect(done).toBeFocused();
    await expect(page.getByTestId('abuse-reference')).toHaveText(/^AR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  test('missing details are explained next to each field, and nothing typed is lost', async ({ page }) => {
    await page.goto('/report-abuse');
    await page.getByLabel('What happened?').fill('short');
    await page.getByLabel('Your email address (optional)').fill('not-an-email');
    await page.getByRole('button', { name: 'Send report' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'could not be sent' })).toHaveText(
      'The report could not be sent: some fields need attention.',
    );
    await expect(page.getByLabel('What are you reporting?')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Choose what kind of abuse you are reporting.')).toBeVisible();
    await expect(page.getByText('Paste the web address or the full headers of the message.').last()).toBeVisible();
    await expect(page.getByText('Enter a valid email address, like name@example.com.')).toBeVisible();
    await expect(page.getByLabel('What happened?')).toHaveValue('short');
    await expect(page.getByLabel('Your email address (optional)')).toHaveValue('not-an-email');
  });
});
