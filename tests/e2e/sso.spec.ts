import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { escapeRegExp, seedOrganization, SEED_PASSWORD } from './support/seed';
import { TestDns } from '../support/dns-server';
import { TestIdp } from '../support/oidc-provider';

// Single sign-on end to end (issue 19), on a seeded organization standing in for Globex: its admin connects
// a real OpenID Provider (oidc-provider on 127.0.0.1), tests the connection in a popup, proves the email
// domain with a DNS TXT record and turns on Require SSO; the member signs in through the provider; the
// password form refuses the member and points to SSO; the break-glass owner still signs in with password + 2FA.
// The member confirms a sensitive change (sudo) at the IdP instead of with a password.

const APP = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const IDP_PORT = Number(process.env.E2E_SSO_IDP_PORT ?? 3249);
const DNS_PORT = Number(process.env.E2E_SSO_DNS_PORT ?? 5347);
const CLIENT = { client_id: 'trust-center-e2e', client_secret: 'e2e-client-secret-0123456789' };
const ENFORCES_MFA = 'Our identity provider enforces multi-factor authentication';

let idp: TestIdp;
let dns: TestDns;

test.beforeAll(async () => {
  dns = await TestDns.start(DNS_PORT);
  idp = await TestIdp.start({
    port: IDP_PORT,
    clients: [{ ...CLIENT, redirect_uris: [`${APP}/api/sso/callback`] }],
    users: [],
  });
});

test.afterAll(async () => {
  await idp?.stop();
  await dns?.stop();
});

/**
 * `ssoOrganization`: the address is in a claimed domain, so the sign-in page answers with the SSO choice and
 * the password is one click away — waited for as a person waits for it (isVisible() does not wait, and
 * checking before the look-up answered raced it).
 */
async function passwordSignIn(page: Page, email: string, ssoOrganization?: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  if (ssoOrganization) {
    await expect(page.getByRole('link', { name: `Continue with ${ssoOrganization} SSO` })).toBeVisible({
      timeout: 15_000,
    });
    await page.getByRole('button', { name: 'Use a password instead' }).click();
  }
  await page.getByLabel('Password').fill(SEED_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Confirms the password when the sudo dialog opens; `next` is what shows instead when it is not needed.
 * Always wait for one of the two: isVisible() does not wait (its timeout is ignored), so a check made
 * before a slow server answered missed the dialog.
 */
async function confirmSudoIfAsked(page: Page, next: Locator) {
  const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
  // A loaded machine answers slowly: wait for one of the two outcomes rather than a fixed time.
  await expect(sudo.or(next).first()).toBeVisible({ timeout: 20_000 });
  if (await sudo.isVisible()) {
    await sudo.getByLabel('Your password').fill(SEED_PASSWORD);
    await sudo.getByRole('button', { name: 'Confirm' }).click();
    await expect(sudo).toBeHidden();
  }
}

async function idpLogin(page: Page, email: string) {
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Sign in at the IdP' }).click();
}

/** The admin, signed in with a password, fills the connection form against the local provider and saves it. */
async function saveConnection(browser: Browser, adminEmail: string, opts: { enforcesMfa?: boolean } = {}) {
  const admin = await (await browser.newContext()).newPage();
  await passwordSignIn(admin, adminEmail);
  await expect(admin).toHaveURL(/\/account/, { timeout: 20_000 });
  await admin.goto('/account/sso');
  await admin.getByLabel('Issuer URL').fill(idp.issuer);
  await admin.getByLabel('Client ID').fill(CLIENT.client_id);
  await admin.getByLabel('Client secret').fill(CLIENT.client_secret);
  if (opts.enforcesMfa) await admin.getByRole('checkbox', { name: ENFORCES_MFA }).check();
  await admin.getByRole('button', { name: 'Save connection' }).click();
  await confirmSudoIfAsked(admin, admin.getByText('Connection saved.'));
  await expect(admin.getByText('Connection saved.')).toBeVisible({ timeout: 15_000 });
  return admin;
}

/** Claims the domain and proves it by a TXT record at the DNS server the app is told to ask. */
async function proveDomain(admin: Page, domain: string) {
  await admin.getByRole('textbox', { name: 'Email domain' }).fill(domain);
  await admin.getByRole('button', { name: 'Claim domain' }).click();
  const item = admin.getByRole('listitem').filter({ hasText: domain });
  await confirmSudoIfAsked(admin, item);
  await expect(item.getByText('Not verified yet')).toBeVisible();
  const [txtName, txtValue] = await item.locator('code').allTextContents();
  dns.txt.set(txtName!.toLowerCase(), [txtValue!]);
  await item.getByRole('button', { name: `Check DNS record for ${domain}` }).click();
  await expect(admin.getByText(`${domain} is verified.`)).toBeVisible();
}

test('Globex’s admin sets up SSO; the member signs in through the IdP; Require SSO keeps only the break-glass owner on passwords', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const seeded = await seedOrganization('sso');
  const orgName = seeded.organization.name;
  const domain = seeded.member.email.split('@')[1]!;
  idp.setUser(seeded.member.email, { sub: 'idp-member', name: seeded.member.name, emailVerified: true, amr: ['pwd'] });

  // The owner enrols an authenticator app first (the break-glass account keeps password + 2FA).
  const ownerPage = await (await browser.newContext()).newPage();
  await passwordSignIn(ownerPage, seeded.owner.email);
  await expect(ownerPage).toHaveURL(/\/account/, { timeout: 20_000 });
  await ownerPage.goto('/account/security');
  await ownerPage.getByRole('button', { name: 'Set up authenticator app' }).click();
  const setup = ownerPage.getByRole('dialog', { name: 'Set up your authenticator app' });
  await confirmSudoIfAsked(ownerPage, setup);
  const key = (await setup.getByTestId('totp-key').textContent())!.trim().replace(/\s+/g, '');
  const setupStep = Math.floor(Date.now() / 30_000);
  await setup.getByLabel('Enter the 6-digit code the app shows').fill(await generate({ secret: key }));
  await setup.getByRole('button', { name: 'Turn on' }).click();
  const saved = ownerPage.getByRole('dialog', { name: 'Save your recovery codes' });
  await saved.getByRole('button', { name: 'I have saved them' }).click();
  await ownerPage.context().close();

  // The admin configures the connection against the local provider.
  const admin = await saveConnection(browser, seeded.admin.email);
  await expect(admin.getByLabel('Client secret')).toHaveValue('');

  // Test connection: a full sign-in in a popup, the claims shown, nothing saved.
  const popupPromise = admin.waitForEvent('popup');
  await admin.getByRole('link', { name: 'Test connection' }).click();
  const popup = await popupPromise;
  await idpLogin(popup, seeded.member.email);
  await expect(popup.getByText('Claims received')).toBeVisible({ timeout: 15_000 });
  await expect(popup.locator('[data-claim="email"]')).toHaveText(seeded.member.email);
  await expect(popup.locator('[data-claim="email_verified"]')).toHaveText('true');
  await popup.close();

  await proveDomain(admin, domain);

  // Require SSO: refused until an owner is break-glass, then on.
  await admin.getByRole('button', { name: 'Require SSO', exact: true }).click();
  // Filtered: Next's route announcer is a second, empty role="alert".
  const refusal = admin.getByRole('alert').filter({ hasText: 'At least one owner must keep password sign-in' });
  await confirmSudoIfAsked(admin, refusal);
  await expect(refusal).toBeVisible();
  await admin.getByRole('button', { name: `Make ${seeded.owner.name} break-glass` }).click();
  await expect(admin.getByText(`${seeded.owner.name} keeps password sign-in.`)).toBeVisible();
  await admin.getByRole('button', { name: 'Require SSO', exact: true }).click();
  await expect(admin.getByText('Single sign-on is now required.')).toBeVisible();
  await admin.context().close();

  // The member: email first, "Continue with … SSO", the IdP, back with our own session.
  const member = await (await browser.newContext()).newPage();
  await member.goto('/login');
  await member.getByLabel('Email').fill(seeded.member.email);
  await member.getByRole('link', { name: `Continue with ${orgName} SSO` }).click();
  await idpLogin(member, seeded.member.email);
  await expect(member).toHaveURL(/\/account\?sso=1$/, { timeout: 20_000 });
  await expect(member.getByText('Signed in with single sign-on.')).toBeVisible();
  await member.goto('/account/security');
  await expect(member.getByText(/This device/).first()).toBeVisible();
  // The sessions list says how this session signed in.
  const thisSession = member.getByRole('cell').filter({ hasText: 'This device' });
  await expect(thisSession.getByText('Single sign-on', { exact: true })).toBeVisible();

  // Sudo without the password: "Confirm it's you" offers a fresh sign-in at the IdP, in a popup.
  await member.getByRole('button', { name: 'Set up authenticator app' }).click();
  const sudo = member.getByRole('dialog', { name: 'Confirm it’s you' });
  await expect(sudo).toBeVisible({ timeout: 20_000 });
  const reauthPopup = member.waitForEvent('popup');
  await sudo.getByRole('button', { name: `Confirm with ${orgName} SSO` }).click();
  await idpLogin(await reauthPopup, seeded.member.email);
  await expect(member.getByRole('dialog', { name: 'Set up your authenticator app' })).toBeVisible({ timeout: 20_000 });
  await member.context().close();

  // The password form refuses the member and points to SSO.
  const refused = await (await browser.newContext()).newPage();
  await passwordSignIn(refused, seeded.member.email, orgName);
  const ssoOnly = new RegExp(`${escapeRegExp(orgName)} signs its members in through single sign-on`);
  await expect(refused.getByRole('alert').filter({ hasText: ssoOnly })).toBeVisible();
  await expect(refused).toHaveURL(/\/login/);
  await refused.context().close();

  // The break-glass owner: password, then the authenticator code.
  const owner = await (await browser.newContext()).newPage();
  await passwordSignIn(owner, seeded.owner.email, orgName);
  await expect(owner.getByLabel('Authentication code')).toBeVisible({ timeout: 15_000 });
  let step = Math.floor(Date.now() / 30_000);
  if (step === setupStep) {
    await owner.waitForTimeout(30_000 - (Date.now() % 30_000) + 300);
    step = Math.floor(Date.now() / 30_000);
  }
  await owner.getByLabel('Authentication code').fill(await generate({ secret: key }));
  await owner.getByRole('button', { name: 'Verify' }).click();
  await expect(owner).toHaveURL(/\/account$/, { timeout: 20_000 });
  await owner.context().close();
});

test('[R21] turning "IdP enforces MFA" off signs out the member who skipped our second factor because of it, and says so', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedOrganization('sso-mfa');
  const orgName = seeded.organization.name;
  const domain = seeded.member.email.split('@')[1]!;
  idp.setUser(seeded.member.email, {
    sub: 'idp-mfa-member',
    name: seeded.member.name,
    emailVerified: true,
    amr: ['pwd'],
  });

  const admin = await saveConnection(browser, seeded.admin.email, { enforcesMfa: true });
  await proveDomain(admin, domain);

  // The member signs in through the IdP; the connection's setting stands for our second factor.
  const member = await (await browser.newContext()).newPage();
  await member.goto('/login');
  await member.getByLabel('Email').fill(seeded.member.email);
  await member.getByRole('link', { name: `Continue with ${orgName} SSO` }).click();
  await idpLogin(member, seeded.member.email);
  // The page after sign-in names the reason no second factor was asked: the IdP enforces MFA.
  await expect(member).toHaveURL(/\/account\?sso=mfa-idp$/, { timeout: 20_000 });

  await admin.reload();
  const enforces = admin.getByRole('checkbox', { name: ENFORCES_MFA });
  await expect(enforces).toBeChecked();
  await enforces.uncheck();
  await admin.getByRole('button', { name: 'Save connection' }).click();
  const ended = admin.getByText('1 session that had skipped the second factor because of that setting was signed out.');
  await confirmSudoIfAsked(admin, ended);
  await expect(ended).toBeVisible({ timeout: 15_000 });
  await admin.context().close();

  // That session is over: the next page asks the member to sign in again.
  await member.goto('/account/security');
  await expect(member).toHaveURL(/\/login/, { timeout: 15_000 });
  await member.context().close();
});
