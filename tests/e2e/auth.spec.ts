import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';
import { seedOrganization, SEED_PASSWORD } from './support/seed';
import { alertIn } from './support/ui';

test.describe('sign-in, sessions and password reset', () => {
  test('[R8] wrong password and unknown email get the same announced message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('admin@globex.example');
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(alertIn(page)).toHaveText('Email or password is incorrect.');
    // The typed email survives the failed attempt.
    await expect(page.getByLabel('Email')).toHaveValue('admin@globex.example');

    await page.getByLabel('Email').fill('nobody@globex.example');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(alertIn(page)).toHaveText('Email or password is incorrect.');
  });

  test('signed-out visitors are sent to sign-in and come back afterwards', async ({ page }) => {
    await page.goto('/account/security');
    await expect(page).toHaveURL(/\/login\?next=%2Faccount%2Fsecurity$/);
    await page.getByLabel('Email').fill('owner@initech.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  });

  test('[R21] [R19] admin revokes another session and that browser is signed out', async ({ page, browser }) => {
    // Its own user: a demo account may have sessions of other specs running beside this one.
    const { admin } = await seedOrganization('sessions');
    await signIn(page, admin.email, SEED_PASSWORD);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, admin.email, SEED_PASSWORD);

    await page.goto('/account/security');
    const table = page.getByRole('table', { name: 'Your active sessions' });
    await expect(table.getByText('This device')).toHaveCount(1);
    const otherRows = table.getByRole('row').filter({ has: page.getByRole('button', { name: /^Sign out / }) });
    await expect(otherRows).toHaveCount(1);
    await expect(otherRows.first()).toContainText('Chrome');
    await otherRows
      .first()
      .getByRole('button', { name: /^Sign out / })
      .click();
    await expect(page.getByText('This is your only active session.')).toBeVisible();

    // The other browser still holds its cookie, but the server no longer accepts it.
    await otherPage.goto('/account');
    await expect(otherPage).toHaveURL(/\/login\?next=%2Faccount$/);
    await other.close();
  });

  test('[R7] password reset through the emailed link, then sign-in with the new password', async ({ page }) => {
    const { member } = await seedOrganization('password reset');
    const since = new Date();
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(member.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect(page.getByRole('status')).toContainText('If an account exists for that address');

    const mail = await waitForMail(member.email, /Reset your Acme Mail password/, since);
    await page.goto(linkIn(mail, '/reset-password?token='));
    const newPassword = 'a long and memorable passphrase 2026';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page).toHaveURL(/\/login\?reset=1$/);
    await expect(page.getByRole('status')).toContainText('Sign in with your new password');

    await signIn(page, member.email, newPassword);
    await waitForMail(member.email, /password was changed/, since);

    // The link works once.
    await page.context().clearCookies();
    await page.goto(linkIn(mail, '/reset-password?token='));
    await page.getByLabel('New password', { exact: true }).fill('another long passphrase 2026');
    await page.getByLabel('Confirm new password').fill('another long passphrase 2026');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(alertIn(page)).toContainText('invalid, expired or already used');
  });

  test('[R3] a common password is refused with a reason', async ({ page }) => {
    await signIn(page, 'owner@globex.example');
    await page.goto('/account/security');
    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('passwordpassword');
    await page.getByLabel('Confirm new password').fill('passwordpassword');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('This password is on a list of commonly used or breached passwords.')).toBeVisible();
  });

  test('sign-in and security pages have no accessibility violations', async ({ page }) => {
    await page.goto('/login');
    let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await signIn(page, 'owner@initech.example');
    await page.goto('/account/security');
    results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
