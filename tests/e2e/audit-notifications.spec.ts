import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signIn } from './support/auth';
import { seedOrganization, SEED_PASSWORD } from './support/seed';

const axe = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();

test.describe('audit log and notifications', () => {
  test('[R27] an admin finds their sign-in in the audit log, filters, opens the details and verifies the chain', async ({
    page,
  }) => {
    await signIn(page, 'owner@globex.example');
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Audit events, newest first' });
    await expect(
      table.getByRole('row').filter({ hasText: 'owner@globex.example' }).filter({ hasText: 'Signed in' }).first(),
    ).toBeVisible();

    await page.getByLabel('Action').selectOption('auth.signin.succeeded');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/action=auth.signin.succeeded/);
    const rows = table.getByRole('row');
    await expect(rows.filter({ hasText: 'Signed in' }).first()).toBeVisible();
    expect(await rows.filter({ hasText: 'Sign-in failed' }).count()).toBe(0);

    // The URL is the filter: opening it again shows the same view.
    await page.goto(page.url());
    await expect(page.getByLabel('Action')).toHaveValue('auth.signin.succeeded');

    await page
      .getByRole('button', { name: /^Details of “Signed in”/ })
      .first()
      .click();
    const drawer = page.getByRole('dialog', { name: 'Signed in' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByText('auth.signin.succeeded')).toBeVisible();
    expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Integrity verified' })).toBeVisible();

    const csv = await page.request.get(
      (await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')) as string,
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="audit-log-globex-.*\.csv"/);
    const text = await csv.text();
    expect(text.split('\n')[0]).toContain('prevHash,hash');
    expect(text).toContain('auth.signin.succeeded');
    expect(text).not.toContain('auth.signin.failed');
  });

  test('[R25] a member sees no audit log menu and gets 403 by URL', async ({ page }) => {
    await signIn(page, 'member@globex.example');
    await expect(
      page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Audit log' }),
    ).toHaveCount(0);
    const response = await page.goto('/account/audit-log');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    const exportResponse = await page.request.get('/account/audit-log/export?format=csv');
    expect(exportResponse.status()).toBe(403);
  });

  test('changing the password leaves an unread notification that can be marked read', async ({ page }) => {
    const { owner } = await seedOrganization('notifications');
    await signIn(page, owner.email, SEED_PASSWORD);
    await page.goto('/account/security');
    await page.getByLabel('Current password').fill(SEED_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('quiet harbour lanterns 2026');
    await page.getByLabel('Confirm new password').fill('quiet harbour lanterns 2026');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Password changed.' })).toBeVisible();

    await page.goto('/account/notifications');
    const nav = page.getByRole('navigation', { name: 'Account' });
    await expect(nav.getByRole('link', { name: /Notifications\s*,\s*1 unread/ })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Password changed' })).toBeVisible();
    expect(
      (await axe(page)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(page.getByText('All caught up.')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();

    // Optional notifications can be switched off; security ones are locked on.
    await expect(page.getByRole('checkbox', { name: 'Password changed: email' })).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Sign-in from a new device: email' }).uncheck();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Preferences saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Sign-in from a new device: email' })).not.toBeChecked();
  });
});
