import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import { signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';
import { alertIn } from './support/ui';

// Issue 15 part 4 end to end (the E2E server runs with SIGNUP_MODE=open): a new address asks for a link,
// the verification mail arrives at the SMTP sink, the confirmation page creates the organization, sets the
// password and signs the Owner in; the same address again is answered the same way.

const PASSWORD = 'umbrella works opening day 2026';
const CHECK_INBOX = /Check your inbox\. We have sent a link to the address you entered/;

const axe = async (page: Page) => {
  await expect(page).toHaveTitle(/\S/);
  return (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

async function askForLink(page: Page, email: string) {
  await page.goto('/signup');
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-up link' }).click();
  await expect(page.getByRole('status').filter({ hasText: CHECK_INBOX })).toBeVisible();
}

async function fillConfirmation(page: Page, organization: string, password: string) {
  await page.getByLabel('Organization name').fill(organization);
  await page.getByLabel('Your name').fill('Una Brella');
  await page.getByLabel('Choose a password').fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: 'Create organization and sign in' }).click();
}

test.describe('self-service sign-up', () => {
  test('[R7] [R8] open sign-up: verify the address, create the organization, set the password, signed in; the same address again is answered the same way', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const email = `una.brella+${Date.now()}@umbrella.example`;
    const since = new Date();

    // The sign-in page offers sign-up when it is open.
    await page.goto('/login');
    await page.getByRole('link', { name: 'Create an organization' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create your organization' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await askForLink(page, email);

    const mail = await waitForMail(email, /^Confirm your email to create your Acme Mail account$/, since);
    expect(mail.text).toContain('It works once and expires in 30 minutes.');
    const link = linkIn(mail, '/signup/confirm?token=');

    await page.goto(link);
    // The token is in this page's URL: it tells the browser not to send it to other sites.
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
    await expect(page.getByText(email, { exact: true })).toBeVisible();
    expect(await axe(page)).toEqual([]);

    // A short password is refused with the policy's words; what was typed elsewhere stays.
    await fillConfirmation(page, 'Umbrella Works', 'too short');
    await expect(page.getByText('Use at least 12 characters (this one has 9).', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Organization name')).toHaveValue('Umbrella Works');
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByLabel('Confirm new password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create organization and sign in' }).click();

    await expect(page).toHaveURL(/\/signup\/welcome$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Umbrella Works' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Set up two-factor authentication' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Not now, go to my account' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText('Umbrella Works').first()).toBeVisible();

    // The link worked once.
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto(link);
    await expect(alertIn(stranger)).toContainText('This sign-up link was already used.');

    // The same address again: the same answer on screen, and a "you already have an account" email.
    const again = new Date();
    await askForLink(stranger, email);
    const notice = await waitForMail(email, /^You already have an account with Acme Mail$/, again);
    expect(notice.text).toContain('you already have an account, so no new one was created');
    await other.close();
  });

  test('the confirmation form posts the password in the body without JavaScript too', async ({ browser }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `nojs+${Date.now()}@umbrella.example`;
    const since = new Date();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));

    await askForLink(page, email);
    const link = linkIn(await waitForMail(email, /^Confirm your email/, since), '/signup/confirm?token=');
    await page.goto(link);
    await fillConfirmation(page, 'No Script Ltd', PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to No Script Ltd' })).toBeVisible();
    expect(
      urls.filter((u) => u.includes(encodeURIComponent(PASSWORD)) || u.includes(PASSWORD.replace(/ /g, '+'))),
    ).toEqual([]);
    await context.close();
  });

  test('[R23] account self-service: download my data, deletion refused for the last Owner, email change confirmed from the new address', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    const email = `olga.owner+${stamp}@umbrella.example`;
    const newEmail = `olga.new+${stamp}@umbrella.example`;
    const since = new Date();
    await askForLink(page, email);
    await page.goto(linkIn(await waitForMail(email, /^Confirm your email/, since), '/signup/confirm?token='));
    await fillConfirmation(page, 'Olga Holdings', PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Olga Holdings' })).toBeVisible();

    await page.goto('/account/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    expect(await axe(page)).toEqual([]);

    // Download my data: one JSON file about me, without secrets.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(data.profile.email).toBe(email);
    expect(data.memberships[0].organization.name).toBe('Olga Holdings');
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash|secretCiphertext/);

    // The only Owner cannot delete the account, and is told why.
    const del = page.getByRole('form', { name: 'Delete my account' });
    await del.getByLabel(/Type your email address/).fill(email);
    await del.getByLabel('Current password').fill(PASSWORD);
    await del.getByRole('button', { name: 'Delete my account' }).click();
    await expect(alertIn(page)).toContainText('You are the only Owner of Olga Holdings.');

    // The same password forms work without JavaScript: posted in the body, answered by the server.
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await noJs.newPage();
    const urls: string[] = [];
    plain.on('request', (r) => urls.push(r.url()));
    await plain.goto('/account/profile');
    const plainDel = plain.getByRole('form', { name: 'Delete my account' });
    await plainDel.getByLabel(/Type your email address/).fill(email);
    await plainDel.getByLabel('Current password').fill('not the password at all');
    await plainDel.getByRole('button', { name: 'Delete my account' }).click();
    await expect(plain.getByText('That password is not correct.', { exact: true })).toBeVisible();
    expect(urls.filter((u) => u.includes('not+the+password') || u.includes('not%20the%20password'))).toEqual([]);
    await noJs.close();

    // Change email: the link goes to the new address; the old one is told and stays until confirmed.
    const change = page.getByRole('form', { name: 'Change email address' });
    await change.getByLabel('New email address').fill(newEmail);
    await change.getByLabel('Current password').fill(PASSWORD);
    await change.getByRole('button', { name: 'Send confirmation link' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `We sent a confirmation link to ${newEmail}.` }),
    ).toBeVisible();
    await waitForMail(email, /^A change of your Acme Mail email address was requested$/, since);
    const link = linkIn(
      await waitForMail(newEmail, /^Confirm your new email address for Acme Mail$/, since),
      '/confirm-email?token=',
    );
    await page.goto(link);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
    await page.getByRole('button', { name: 'Confirm new address' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Done: your account now uses ${newEmail}.` }),
    ).toBeVisible();
    await waitForMail(email, /^Your Acme Mail email address was changed$/, since);

    // The new address signs in.
    const other = await browser.newContext();
    await signIn(await other.newPage(), newEmail, PASSWORD);
    await other.close();
  });
});
