import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { waitForMail } from './support/mailbox';

test.describe('studio: abuse report triage', () => {
  test('a report from the public form is triaged, answered by email and closed', async ({ page }) => {
    const since = new Date();
    const reporter = `reporter-${Date.now()}@example.org`;
    await page.goto('/report-abuse');
    await page.getByLabel('What are you reporting?').selectOption('phishing');
    await page.getByLabel('Web address or message headers').fill('https://acme-mail-login.example/verify?id=42');
    await page
      .getByLabel('What happened?')
      .fill('A text message sent me to this page to confirm my Acme Mail password.');
    await page.getByLabel('Your email address (optional)').fill(reporter);
    await page.getByRole('button', { name: 'Send report' }).click();
    const reference = (await page.getByTestId('abuse-reference').textContent())!.trim();
    const ack = await waitForMail(reporter, /We received your abuse report/, since);
    expect(ack.text).toContain(reference);

    await signIn(page, 'compliance@acme.example', undefined, '/studio/abuse');
    await expect(page.getByRole('heading', { level: 1, name: 'Abuse reports' })).toBeVisible();
    await page.getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Abuse report ${reference}` })).toBeVisible();
    // The reported address is shown as text, never as a live link.
    await expect(page.getByTestId('abuse-url')).toHaveText('https://acme-mail-login.example/verify?id=42');
    await expect(page.getByRole('link', { name: /acme-mail-login/ })).toHaveCount(0);

    await page.getByLabel('Assignee').selectOption('me');
    await page.getByRole('button', { name: 'Assign' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Assignee saved.' })).toBeVisible();

    await page.getByLabel('Status', { exact: true }).selectOption('INVESTIGATING');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect(page.getByTestId('abuse-status')).toHaveText('Investigating');

    await page.getByLabel('Internal note').fill('Same phishing kit as last week; asked the host to take it down.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Same phishing kit as last week' })).toBeVisible();

    const replySince = new Date();
    await page
      .getByLabel('Reply to reporter')
      .fill('Thank you: the page has been reported to its host and should disappear soon.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Reply sent.' })).toBeVisible();
    const reply = await waitForMail(reporter, new RegExp(`About your abuse report ${reference}`), replySince);
    expect(reply.text).toContain('the page has been reported to its host');
    expect(reply.text).not.toContain('Same phishing kit');

    await page.getByLabel('Status', { exact: true }).selectOption('ACTIONED');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect(page.getByTestId('abuse-status')).toHaveText('Actioned');
    await expect(page.getByText(`Assigned to compliance@acme.example.`)).toBeVisible();
  });
});
