import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { enrolTotp, signIn, signOut, submitSetupForm, type Account } from './support/flows';
import { setupTokenFromLog } from './support/server-log';

// From an EMPTY database in production mode with no demo data (scripts/e2e-production-server.mjs): the
// vendor's first run. Tests run in order on one server, each building on the last.
test.describe.configure({ mode: 'serial' });

const axe = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

const owner: Account = { name: 'Olivia Vendor', email: 'olivia@vendor.example', password: 'a quiet harbour at dawn 2026' };

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

test('setup with the token from the log; the owner must enrol TOTP before anything else, then reaches the studio', async ({ page }) => {
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

test('after setup, /setup answers 404 for good and the trust center is public; the owner signs in with the second factor', async ({ page, request }) => {
  const res = await request.get('/setup');
  expect(res.status()).toBe(404);
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await signIn(page, owner, '/account');
  await signOut(page);
});
