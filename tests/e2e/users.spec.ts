import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';
import { escapeRegExp, seedOrganization, SEED_PASSWORD } from './support/seed';
import { alertIn } from './support/ui';

// Users, roles and support access, end to end: the owner of the test's own organization (support/seed.ts)
// administers; a new member joins from the emailed invitation; support@acme.example (demo data) is the
// vendor's support staff.

const axe = async (page: Page) => {
  // After a server action refreshes the route, Next.js streams the <title> back in: wait for it.
  await expect(page).toHaveTitle(/\S/);
  return (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

async function confirmSudo(page: Page) {
  const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await expect(sudo).toBeVisible();
  await sudo.getByLabel('Your password').fill(SEED_PASSWORD);
  await sudo.getByRole('button', { name: 'Confirm' }).click();
  await expect(sudo).toBeHidden();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Account' });

test.describe('users, roles and support access', () => {
  test('[R20] [R21] [R23] [R25] admin invites a member who joins from the email; a custom role without audit:read takes the audit log away at once; ending her sessions signs her out', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const { organization, owner } = await seedOrganization('users');
    const orgName = organization.name;
    const email = `nina.newcomer@${organization.slug}.example`;
    const password = 'a newcomer passphrase for globex 2026';
    const since = new Date();

    // The owner invites Nina as an Admin: a sensitive change, so the password is asked again.
    await signIn(page, owner.email, SEED_PASSWORD);
    await nav(page).getByRole('link', { name: 'Users' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Email address').fill('not an email');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(
      invite.getByText('Enter a valid email address, like name@example.com.', { exact: true }),
    ).toBeVisible();
    await invite.getByLabel('Email address').fill(email);
    await invite.getByLabel('Role').selectOption({ label: 'Admin (administrator)' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('dialog', { name: 'Confirm it’s you' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await confirmSudo(page);
    await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${email} as Admin.` })).toBeVisible();
    const people = page.getByRole('table', { name: `People with access to ${orgName}` });
    await expect(people.getByRole('row').filter({ hasText: email })).toContainText('Invited');

    // The email says who invited whom to what; the link works once.
    const mail = await waitForMail(
      email,
      new RegExp(`^${escapeRegExp(owner.name)} invited you to ${escapeRegExp(orgName)} on Acme Mail$`),
      since,
    );
    expect(mail.text).toContain(
      `${owner.name} (${owner.email}) invited you to join ${orgName} on the Acme Mail Trust Center as Admin.`,
    );
    const link = linkIn(mail, '/invitation?token=');

    const ninaContext = await browser.newContext();
    const nina = await ninaContext.newPage();
    await nina.goto(link);
    await expect(nina.getByRole('heading', { level: 1, name: `Join ${orgName}` })).toBeVisible();
    expect(await axe(nina)).toEqual([]);
    await nina.getByLabel('Your name').fill('Nina Newcomer');
    await nina.getByLabel('Choose a password').fill(password);
    await nina.getByLabel('Confirm new password').fill(password);
    await nina.getByRole('button', { name: `Create account and join ${orgName}` }).click();
    await expect(nina).toHaveURL(/\/account\?welcome=1$/);
    await expect(nina.getByText(`Welcome to ${orgName}.`)).toBeVisible();
    // Signed out and in again with the new password: the account is real.
    await nina.getByRole('button', { name: 'Sign out' }).click();
    await signIn(nina, email, password);
    await expect(nav(nina).getByRole('link', { name: 'Audit log' })).toBeVisible();
    await nina.goto(link);
    await expect(alertIn(nina)).toContainText('invalid, expired or already used');

    // The owner creates a role without audit:read and gives it to Nina.
    await nav(page).getByRole('link', { name: 'Roles' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Permission catalogue' })).toBeVisible();
    const form = page.getByRole('region', { name: 'Create a role' });
    await form.getByLabel('Name').fill('Helpdesk');
    await form.getByLabel('Description').fill('Looks after users, without the audit log');
    await form.getByRole('checkbox', { name: /Manage users/ }).check();
    await form.getByRole('checkbox', { name: /Read the audit log/ }).uncheck();
    await form.getByRole('button', { name: 'Create role' }).click();
    await expect(page.getByText('Role Helpdesk created.')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await page.goto('/account/users');
    await page.getByRole('link', { name: 'Manage Nina Newcomer' }).click();
    await page.getByLabel('Role of Nina Newcomer').selectOption({ label: 'Helpdesk (administrator)' });
    await page.getByRole('button', { name: 'Change role' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nina Newcomer is now Helpdesk.' })).toBeVisible();
    expect(await axe(page)).toEqual([]);

    // Nina's existing session changes on her next request: no audit log in the menu, 403 by URL.
    await nina.goto('/account');
    await expect(nav(nina).getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(nav(nina).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    const response = await nina.goto('/account/audit-log');
    expect(response?.status()).toBe(403);
    await expect(nina.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();

    // R21: the owner ends all of Nina's sessions, by keyboard, from a confirmation dialog.
    await page.reload();
    await page.getByRole('button', { name: 'Sign Nina Newcomer out everywhere' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sign Nina Newcomer out everywhere?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await page.getByRole('button', { name: 'Sign Nina Newcomer out everywhere' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'session ended.' })).toBeVisible();
    await nina.goto('/account');
    await expect(nina).toHaveURL(/\/login\?next=%2Faccount$/);
    await ninaContext.close();

    // Search and filter the list.
    await page.goto('/account/users');
    await page.getByLabel('Search name or email').fill('newcomer');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/q=newcomer/);
    await expect(people.getByRole('row')).toHaveCount(2); // header + Nina
    await expect(people).toContainText('Helpdesk');
  });

  test('[R23] [R25] [R27] read-only support access: staff open the account in a marked session, cannot change anything, and the grant’s expiry ends it', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const { organization, owner } = await seedOrganization('support access');
    const orgName = organization.name;
    await signIn(page, owner.email, SEED_PASSWORD);
    await nav(page).getByRole('link', { name: 'Support access' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Support access' })).toBeVisible();
    const grantForm = page.getByRole('form', { name: 'Grant support access' });
    await grantForm.getByLabel('What they may do').selectOption('read-only');
    await grantForm.getByLabel('Reason').fill('Ticket 4711: bounced mail');
    // The shortest grant this server allows (the test server allows 1 minute; production 1 hour).
    await grantForm.getByLabel('For how long').selectOption({ index: 0 });
    await grantForm.getByRole('button', { name: 'Grant access' }).click();
    await confirmSudo(page);
    const granted = page.getByRole('status').filter({ hasText: /^Grant SG-/ });
    await expect(granted).toBeVisible();
    const reference = /SG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await granted.textContent()) ?? '')![0];
    await expect(
      page.getByRole('table', { name: 'Support access grants' }).getByRole('row').filter({ hasText: reference }),
    ).toContainText('Active');
    expect(await axe(page)).toEqual([]);

    // Vendor staff see the grant and open the account.
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signIn(staff, 'support@acme.example');
    await nav(staff).getByRole('link', { name: 'Support sessions' }).click();
    const card = staff.getByRole('listitem').filter({ hasText: reference });
    await expect(card).toContainText(orgName);
    await expect(card).toContainText('Ticket 4711: bounced mail');
    expect(await axe(staff)).toEqual([]);
    await card.getByRole('button', { name: `Open ${orgName}’s account` }).click();
    await expect(staff).toHaveURL(/\/account$/);

    // The banner is on every page: whose account, which grant, when it ends.
    const banner = staff.getByRole('region', { name: 'Support session' });
    await expect(banner).toContainText(`you are in ${orgName}’s account under grant ${reference}`);
    await expect(banner).toContainText('read-only');
    await expect(banner).toContainText('Access ends');
    await staff.goto('/account/users');
    await expect(banner).toBeVisible();
    await expect(staff.getByRole('table', { name: `People with access to ${orgName}` })).toContainText(owner.email);
    await expect(staff.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);
    expect(await axe(staff)).toEqual([]);
    await staff.goto('/account/roles');
    await expect(staff.getByRole('button', { name: 'Create role' })).toHaveCount(0);
    // What the UI still offers, the server refuses: a read-only session changes nothing.
    await staff.goto('/account/security');
    await staff.getByLabel('Current password').fill(DEMO_PASSWORD);
    await staff.getByLabel('New password', { exact: true }).fill('a different passphrase 2026');
    await staff.getByLabel('Confirm new password').fill('a different passphrase 2026');
    await staff.getByRole('button', { name: 'Change password' }).click();
    await expect(alertIn(staff)).toContainText('read-only support session');
    // Pages needing change permissions answer 403.
    expect((await staff.goto('/account/ip-access'))?.status()).toBe(403);

    // The customer sees the first use and the staff's refused attempt, as vendor staff under the grant.
    await page.goto('/account/audit-log');
    const audit = page.getByRole('table', { name: 'Audit events, newest first' });
    await expect(
      audit
        .getByRole('row')
        .filter({ hasText: `support@acme.example (vendor staff under grant ${reference})` })
        .first(),
    ).toBeVisible();

    // When the grant runs out, the staff member's next request ends the support session.
    await expect
      .poll(
        async () => {
          await staff.goto('/account/users');
          return new URL(staff.url()).pathname;
        },
        { timeout: 100_000, intervals: [5_000] },
      )
      .toBe('/login');
    await staffContext.close();
    await page.goto('/account/support-access');
    await expect(
      page.getByRole('table', { name: 'Support access grants' }).getByRole('row').filter({ hasText: reference }),
    ).toContainText('Ended');
  });
});
