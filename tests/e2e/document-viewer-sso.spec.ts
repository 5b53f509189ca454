// Issue 19, item 4: a prospect confirms their work email by signing in instead of the emailed link. A real
// OpenID provider on 127.0.0.1 (tests/support/oidc-provider.ts) plays Google: the test server is started
// with VIEWER_GOOGLE_ISSUER pointing at it (playwright.config.ts).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEMO_PASSWORD } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';
import { TestIdp } from '../support/oidc-provider';

const port = Number(process.env.E2E_VIEWER_IDP_PORT);
const appUrl = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const domain = `viewer-${Date.now()}.example`;
const email = `ada@${domain}`;
let google: TestIdp;

test.beforeAll(async () => {
  google = await TestIdp.start({
    port,
    clients: [
      {
        client_id: 'viewer-google',
        client_secret: 'viewer-google-e2e-secret-0123456789',
        redirect_uris: [`${appUrl}/documents/verify/callback`],
      },
    ],
    users: [
      { sub: 'g-ada', email, name: 'Ada', emailVerified: true, claims: { hd: domain } },
      { sub: 'g-home', email: `ada.home@gmail.example`, name: 'Ada', emailVerified: true },
    ],
  });
});

test.afterAll(async () => {
  await google?.stop();
});

async function fillRequest(page: import('@playwright/test').Page, address: string) {
  await page.goto('/documents/request');
  await page.getByLabel('Full name').fill('Ada Prospect');
  await page.getByLabel('Work email').fill(address);
  await page.getByLabel('Company', { exact: true }).fill('Viewer Labs');
  await page.getByLabel('Why do you need the documents?').fill('Security review of Acme Mail before we sign.');
  await page.getByRole('checkbox', { name: /SOC 2 Type II/ }).check();
  await page.getByLabel(/I have read and accept/).check();
}

test('a prospect verifies through the work-account provider and downloads an auto-approved document', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const since = new Date();

  // Staff auto-approve the prospect's domain.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  // (support/auth.ts's signIn, with more patience: argon2 on a loaded two-core machine can take a while)
  await staff.goto('/login?next=%2Fstudio%2Faccess-requests');
  await staff.getByLabel('Email').fill('compliance@acme.example');
  await staff.getByLabel('Password').fill(DEMO_PASSWORD);
  await staff.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(staff).toHaveURL(/\/studio\/access-requests$/, { timeout: 30_000 });
  await staff.getByRole('textbox', { name: 'Email domain' }).fill(domain);
  await staff.getByRole('spinbutton', { name: 'Access for (days)' }).fill('30');
  await staff.getByRole('button', { name: 'Add domain' }).click();
  await expect(
    staff.getByRole('region', { name: 'Auto-approve by email domain' }).getByText(domain).first(),
  ).toBeVisible();
  await staffContext.close();

  // A personal Google account (no Workspace domain) is refused, back on the form with what to do.
  await fillRequest(page, 'ada.home@gmail.example');
  await page.getByRole('button', { name: 'Verify with Google' }).click();
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Email', { exact: true }).fill('ada.home@gmail.example');
  await page.getByRole('button', { name: 'Sign in at the IdP' }).click();
  await expect(page).toHaveURL(/\/documents\/request\?verification=VIEWER_SSO_PERSONAL_ACCOUNT/, { timeout: 20_000 });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Google signed you in with a personal account' }),
  ).toBeVisible();

  // The work account confirms the email; the domain's rule grants access at once.
  // (A new sign-in at the provider: its session from the personal account is forgotten.)
  await page.context().clearCookies({ domain: '127.0.0.1' });
  await fillRequest(page, email);
  await page.getByRole('button', { name: 'Verify with Google' }).click();
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Sign in at the IdP' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your access was granted' })).toBeVisible({
    timeout: 20_000,
  });

  // From here exactly as after the emailed link: the magic link opens the viewer, the copy is watermarked.
  const granted = await waitForMail(email, /Your access to/, since);
  await page.goto(linkIn(granted, '/documents/access?token='));
  await page.getByRole('button', { name: 'Open the documents' }).click();
  await expect(page.getByRole('heading', { name: 'Your documents' })).toBeVisible();
  const link = page.getByRole('link', { name: /Download\s*:\s*SOC 2 Type II/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const pdf = new Uint8Array(fs.readFileSync((await download.path())!));
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  expect(text).toContain(email);
});
