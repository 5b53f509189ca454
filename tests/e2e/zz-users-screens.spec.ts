// TEMPORARY: screenshots for visual review (deleted after use).
import { expect, test, type Page, type BrowserContext } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';

const OUT = '/tmp/shots-users';
async function confirmSudo(page: Page) {
  const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await sudo.getByLabel('Your password').fill(DEMO_PASSWORD);
  await sudo.getByRole('button', { name: 'Confirm' }).click();
  await expect(sudo).toBeHidden();
}
async function shoot(ctx: BrowserContext, page: Page, name: string) {
  for (const theme of ['light', 'dark']) {
    await ctx.addCookies([{ name: 'theme', value: theme, url: 'http://localhost:3500' }]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await page.screenshot({ path: `${OUT}/${name}-${theme}-${width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('screens', async ({ page, browser, context }) => {
  test.setTimeout(300_000);
  const since = new Date();
  await signIn(page, 'owner@globex.example');
  await page.goto('/account/users');
  const invite = page.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email address').fill('shot@globex.example');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Invitation sent')).toBeVisible();
  await shoot(context, page, 'users');
  await page.getByRole('link', { name: 'Manage Mia Moreno' }).click();
  await page.waitForURL(/\/account\/users\/[0-9a-f-]+$/);
  await shoot(context, page, 'user-detail');
  await page.getByRole('button', { name: 'Deactivate Mia Moreno' }).click();
  await page.screenshot({ path: `${OUT}/confirm-dialog.png` });
  await page.keyboard.press('Escape');
  await page.goto('/account/roles');
  const form = page.getByRole('region', { name: 'Create a role' });
  await form.getByLabel('Name').fill('Screens');
  await form.getByRole('button', { name: 'Create role' }).click();
  await page.screenshot({ path: `${OUT}/sudo-dialog.png` });
  await confirmSudo(page);
  await expect(page.getByText('Role Screens created.')).toBeVisible();
  await shoot(context, page, 'roles');
  await page.getByRole('link', { name: 'Screens' }).first().click();
  await page.waitForURL(/\/account\/roles\/[0-9a-f-]+$/);
  await shoot(context, page, 'role-detail');
  await page.goto('/account/support-access');
  const grant = page.getByRole('form', { name: 'Grant support access' });
  await grant.getByLabel('Reason').fill('Ticket 1: screenshots');
  await grant.getByLabel('For how long').selectOption({ label: '1 hour' });
  await grant.getByRole('button', { name: 'Grant access' }).click();
  await expect(page.getByText(/^Grant SG-/)).toBeVisible();
  await shoot(context, page, 'support-access');

  const mail = await waitForMail('shot@globex.example', /invited you/, since);
  const inv = await browser.newContext();
  const invPage = await inv.newPage();
  await invPage.goto(linkIn(mail, '/invitation?token='));
  await shoot(inv, invPage, 'invitation');
  await inv.close();

  const staffCtx = await browser.newContext();
  const staff = await staffCtx.newPage();
  await signIn(staff, 'support@acme.example');
  await staff.goto('/account/support');
  await shoot(staffCtx, staff, 'support-sessions');
  await staff.getByRole('button', { name: 'Open Globex’s account' }).first().click();
  await expect(staff.getByRole('region', { name: 'Support session' })).toBeVisible();
  await staff.goto('/account/users');
  await shoot(staffCtx, staff, 'support-banner');
});
