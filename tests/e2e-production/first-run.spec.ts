import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { enrolTotp, signIn, signOut, submitSetupForm, type Account } from './support/flows';
import { serverLogText, setupTokenFromLog } from './support/server-log';
import { linkIn, waitForMail } from '../e2e/support/mailbox';

// From an EMPTY database in production mode with no demo data (scripts/e2e-production-server.mjs): the
// vendor's first run. Tests run in order on one server, each building on the last.
test.describe.configure({ mode: 'serial' });

const axe = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

const owner: Account = {
  name: 'Olivia Vendor',
  email: 'olivia@vendor.example',
  password: 'a quiet harbour at dawn 2026',
};

test('before setup, every page leads to /setup; the health check still answers', async ({ page, request }) => {
  for (const path of ['/', '/login', '/account', '/studio', '/documents', '/subprocessors']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/setup$/);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Set up the Trust Center' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const api = await request.get('/api/v1/audit-events', { maxRedirects: 0 });
  expect(api.status()).toBe(503);
  expect((await api.json()).error).toMatch(/not set up yet/);
});

test('a wrong setup token is refused with a clear message; nothing is created', async ({ page }) => {
  await page.goto('/setup');
  await submitSetupForm(page, { token: 'not-the-token-from-the-log', owner });
  await expect(page.getByText('That setup token is not right.').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // What was typed is kept (not the password); the page still answers.
  await expect(page.getByLabel('Your email')).toHaveValue(owner.email);
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
});

test('a token in the link moves into the form and out of the address bar', async ({ page }) => {
  await page.goto('/setup?token=a-link-token-that-is-wrong');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByText('The setup token from your link is filled in.')).toBeVisible();
  await expect(page.getByLabel('Setup token')).toHaveCount(0);
  await submitSetupForm(page, { owner });
  await expect(page.getByText('That setup token is not right.').first()).toBeVisible();
  // Refused: the field comes back so the right token can be pasted.
  await expect(page.getByLabel('Setup token')).toBeVisible();
});

test('the setup form posts without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/setup');
  await submitSetupForm(page, { token: 'no-script-wrong-token-0123', owner });
  await expect(page.getByText('That setup token is not right.').first()).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue(owner.name);
  await context.close();
});

test('setup with the token from the log; the owner must enrol TOTP before anything else, then reaches the studio', async ({
  page,
}) => {
  const token = await setupTokenFromLog();
  await page.goto('/setup');
  await expect(page.getByLabel('Organization name')).toHaveValue('Acme Mail');
  await submitSetupForm(page, { token, organizationName: 'Acme Mail', owner });
  await expect(page).toHaveURL(/\/two-factor\/setup\?next=%2Fstudio$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Set up two-factor authentication' })).toBeVisible();
  await expect(page.getByText('Remind me later')).toHaveCount(0);
  // Nothing else works before enrolment.
  await page.goto('/account/users');
  await expect(page).toHaveURL(/\/two-factor\/setup\?next=%2Faccount%2Fusers$/);
  await enrolTotp(page, owner);
  await expect(page.getByRole('heading', { name: 'You are all set' })).toBeVisible();
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/account\/users$/);
  await expect(page.getByRole('cell', { name: owner.email }).or(page.getByText(owner.email)).first()).toBeVisible();
  await page.goto('/studio');
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('after setup, /setup answers 404 for good and the trust center is public; the owner signs in with the second factor', async ({
  page,
  request,
}) => {
  const res = await request.get('/setup');
  expect(res.status()).toBe(404);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await signIn(page, owner, '/account');
  await signOut(page);
});

test('issue 17 from an empty database: an empty answer library, Ask says so, and the question reaches the queue', async ({
  page,
}) => {
  const marker = `quoxite${Date.now().toString(36)}`;
  await page.goto('/ask');
  await page.getByRole('textbox', { name: 'Ask a security question' }).fill(`Do you certify ${marker} controls?`);
  await page.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'We have no published answer to that question yet' })).toBeVisible();

  await signIn(page, owner, '/studio/answers');
  await expect(page.getByRole('heading', { level: 2, name: 'The library is empty' })).toBeVisible();
  await page.goto('/studio/answers/asked');
  await expect(page.getByRole('row').filter({ hasText: marker })).toContainText('1 time');
  await page.goto('/studio/questionnaires');
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();
  await signOut(page);
});

test('the e2e seeding endpoint does not exist in production: POST /api/test/seed answers 404, bearer or not', async ({
  request,
}) => {
  // The main harness seeds through it (tests/e2e/support/seed.ts); here, as in any deployment, nothing sets
  // E2E_SEED_TOKEN (lib/config.ts refuses it outside a .test-data/ database), so the path does not exist.
  const body = { label: 'intruder', password: 'a password long enough 2026' };
  for (const headers of [{}, { Authorization: `Bearer ${'x'.repeat(40)}` }] as Record<string, string>[]) {
    const res = await request.post('/api/test/seed', { headers, data: body });
    expect(res.status()).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  }
});

test('[issue 21 #0] without JavaScript, sign-in posts: the password is in no request URL and not in the access log', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const wrong = 'not-my-password-but-secret-9f2c';
  await page.goto('/login');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(wrong);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/login\/second-factor/);
  await context.close();
  const log = serverLogText();
  expect(log).toMatch(/"method":"POST","path":"\/login"/); // the access log is on, and the form posted
  for (const secret of [wrong, owner.password, 'no-script-wrong-token-0123']) {
    expect(urls.filter((u) => u.includes(encodeURIComponent(secret)) || u.includes(secret))).toEqual([]);
    expect(log.includes(secret), 'secret in the server log').toBe(false);
  }
});

// ── The vendor's first customer, from the same empty database (issue 15's acceptance chain) ──

const run = promisify(execFile);
const umbrellaOwner: Account = {
  name: 'Olga Umbrella',
  email: 'olga@umbrella.example',
  password: 'umbrella owner passphrase 2026',
};

test('the owner creates customer "Umbrella"; its invited owner joins, turns on 2FA and signs in with it', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const since = new Date();
  await signIn(page, owner, '/studio/customers');
  const create = page.getByRole('form', { name: 'Create a customer organization' });
  await create.getByLabel('Organization name').fill('Umbrella');
  await create.getByLabel('Slug').fill('umbrella');
  await create.getByLabel('First owner’s email').fill(umbrellaOwner.email);
  await create.getByRole('button', { name: 'Create organization' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Umbrella was created and ${umbrellaOwner.email} was invited as its Owner.` }),
  ).toBeVisible();

  const mail = await waitForMail(umbrellaOwner.email, /invited you to Umbrella/, since);
  const context = await browser.newContext();
  const olga = await context.newPage();
  await olga.goto(linkIn(mail, '/invitation?token='));
  await olga.getByLabel('Your name').fill(umbrellaOwner.name);
  await olga.getByLabel('Choose a password').fill(umbrellaOwner.password);
  await olga.getByLabel('Confirm new password').fill(umbrellaOwner.password);
  await olga.getByRole('button', { name: 'Create account and join Umbrella' }).click();
  await expect(olga).toHaveURL(/\/account\?welcome=1$/);
  await olga.goto('/account/security');
  await enrolTotp(olga, umbrellaOwner);
  await signOut(olga);
  await signIn(olga, umbrellaOwner, '/account');
  await context.close();
});

test('suspending Umbrella sends its owner’s open page to the suspended notice; reactivating lets her back', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const olga = await context.newPage();
  await signIn(olga, umbrellaOwner, '/account');
  await signIn(page, owner, '/studio/customers');
  await page
    .getByRole('table', { name: 'Customer organizations' })
    .getByRole('link', { name: 'Umbrella', exact: true })
    .click();
  await page.getByRole('button', { name: 'Suspend organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Umbrella is suspended' })).toBeVisible();
  await olga.reload();
  await expect(olga).toHaveURL(/\/suspended$/);
  await expect(olga.getByRole('heading', { level: 1, name: 'Organization suspended' })).toBeVisible();
  await page.getByRole('button', { name: 'Reactivate organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Umbrella is active again' })).toBeVisible();
  await signIn(olga, umbrellaOwner, '/account');
  await context.close();
});

test('deleting Umbrella offers the export first (the audit log verifies as complete), then needs the slug', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, owner, '/studio/customers');
  await page
    .getByRole('table', { name: 'Customer organizations' })
    .getByRole('link', { name: 'Umbrella', exact: true })
    .click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download audit log (JSON Lines)' }).click(),
  ]);
  const audit = path.join(testInfo.outputDir, file.suggestedFilename());
  await file.saveAs(audit);
  const { stdout } = await run(process.execPath, ['scripts/verify-audit-export.mjs', '--complete', audit]);
  expect(stdout).toMatch(/complete chain from its genesis to the head #\d+/);
  const danger = page.getByRole('region', { name: 'Delete' });
  await danger.getByLabel('Type the slug to confirm').fill('umbrella');
  await danger.getByRole('button', { name: 'Delete organization' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Umbrella is scheduled for deletion. It can be restored for 30 days.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore organization' })).toBeVisible();
});
