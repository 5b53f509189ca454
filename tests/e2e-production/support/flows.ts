import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';

// Small steps the production specs chain together: set up, sign in, enrol and answer a second factor.

export interface Account {
  name: string;
  email: string;
  password: string;
  /** The authenticator app's key once enrolled (as shown on screen). */
  totpKey?: string;
}

let lastStep = 0;

/** The code an authenticator app shows for `key`; never the same 30-second step twice in a row (R12). */
export async function totpCode(key: string): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  if (step <= lastStep) {
    await new Promise((resolve) => setTimeout(resolve, (lastStep + 1) * 30_000 - Date.now() + 300));
    step = Math.floor(Date.now() / 30_000);
  }
  lastStep = step;
  return generate({ secret: key.replace(/\s+/g, ''), epoch: Math.floor(Date.now() / 1000) });
}

/** Fills the /setup form (the page must be open) and submits it. */
export async function submitSetupForm(page: Page, p: { token?: string; organizationName?: string; owner: Account }) {
  if (p.token !== undefined) await page.getByLabel('Setup token').fill(p.token);
  if (p.organizationName !== undefined) await page.getByLabel('Organization name').fill(p.organizationName);
  await page.getByLabel('Your name').fill(p.owner.name);
  await page.getByLabel('Your email').fill(p.owner.email);
  await page.getByLabel('Password', { exact: true }).fill(p.owner.password);
  await page.getByLabel('Password again').fill(p.owner.password);
  await page.getByRole('button', { name: 'Create organization and owner' }).click();
}

/**
 * On the "Set up two-factor authentication" page (or /account/security): adds an authenticator app with
 * a code computed from the key on screen, saves the recovery codes, and remembers the key on `account`.
 */
export async function enrolTotp(page: Page, account: Account) {
  await page.getByRole('button', { name: 'Set up authenticator app' }).click();
  const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
  const setup = page.getByRole('dialog', { name: 'Set up your authenticator app' });
  await expect(sudo.or(setup)).toBeVisible();
  if (await sudo.isVisible()) {
    await sudo.getByLabel('Your password').fill(account.password);
    await sudo.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(setup).toBeVisible();
  const key = (await setup.getByTestId('totp-key').textContent())!.trim();
  await setup.getByLabel('Enter the 6-digit code the app shows').fill(await totpCode(key));
  await setup.getByRole('button', { name: 'Turn on' }).click();
  const saved = page.getByRole('dialog', { name: 'Save your recovery codes' });
  await expect(saved).toBeVisible();
  await saved.getByRole('button', { name: 'I have saved them' }).click();
  await expect(saved).toBeHidden();
  account.totpKey = key;
}

/** Password, then the authenticator code when the account has one; ends on `next`. */
export async function signIn(page: Page, account: Account, next = '/account') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  if (account.totpKey) {
    await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
    await page.getByLabel('Authentication code').fill(await totpCode(account.totpKey));
    await page.getByRole('button', { name: 'Verify' }).click();
  }
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`), { timeout: 20_000 });
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}
