import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { waitForMail } from './support/mailbox';
import { escapeRegExp, seedOrganization, SEED_PASSWORD } from './support/seed';
import { codeFromKey } from './support/totp';

// Two-factor authentication end to end. Each test works on its own organization (support/seed.ts): the
// factors and policies it leaves behind reach no other spec.

const axe = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

/** Keyboard only: Tab until the element has focus (proves it is reachable in order). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable by Tab');
}

/** Password sign-in for an account without second factors (generous timeout: the first page compiles its chunks). */
async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await passwordStep(page, email);
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`), { timeout: 20_000 });
}

async function confirmSudo(page: Page) {
  const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await expect(sudo).toBeVisible();
  await sudo.getByLabel('Your password').fill(SEED_PASSWORD);
  await sudo.getByRole('button', { name: 'Confirm' }).click();
  await expect(sudo).toBeHidden();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

async function passwordStep(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(SEED_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Through the setup dialog (already open) to the recovery codes; returns the key and codes. */
async function finishTotpSetup(page: Page): Promise<{ key: string; step: number; codes: string[] }> {
  const setup = page.getByRole('dialog', { name: 'Set up your authenticator app' });
  await expect(setup).toBeVisible();
  const key = (await setup.getByTestId('totp-key').textContent())!.trim();
  const { code, step } = await codeFromKey(key);
  await setup.getByLabel('Enter the 6-digit code the app shows').fill(code);
  await setup.getByRole('button', { name: 'Turn on' }).click();
  const saved = page.getByRole('dialog', { name: 'Save your recovery codes' });
  await expect(saved).toBeVisible();
  const codes = await saved.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allTextContents();
  await saved.getByRole('button', { name: 'I have saved them' }).click();
  await expect(saved).toBeHidden();
  return { key, step, codes };
}

test.describe('two-factor authentication', () => {
  test('[R11] [R12] [R15] enrol an authenticator app by keyboard alone, sign in with a code, then with a recovery code', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const { owner } = await seedOrganization('totp');
    const email = owner.email;
    // [R30] Everything here renders under the nonce CSP (no inline styles or scripts): no violations.
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await signIn(page, email, '/account/security');
    expect(await axe(page)).toEqual([]);

    // Keyboard only, from the top of the page.
    await tabTo(page, page.getByRole('button', { name: 'Set up authenticator app' }));
    await page.keyboard.press('Enter');
    const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
    await expect(sudo.getByLabel('Your password')).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.type(SEED_PASSWORD);
    await page.keyboard.press('Enter');

    const setup = page.getByRole('dialog', { name: 'Set up your authenticator app' });
    await expect(setup).toBeVisible();
    await expect(setup.getByRole('img', { name: new RegExp(`QR code to add ${escapeRegExp(email)}`) })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    const key = (await setup.getByTestId('totp-key').textContent())!.trim();
    expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const field = setup.getByLabel('Enter the 6-digit code the app shows');
    await expect(field).toBeFocused();
    // A wrong code is refused next to the field, and the dialog stays.
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await expect(setup.getByRole('alert')).toContainText('That code does not match');
    const setupCode = await codeFromKey(key);
    await field.fill('');
    await page.keyboard.type(setupCode.code);
    await page.keyboard.press('Enter');

    const saved = page.getByRole('dialog', { name: 'Save your recovery codes' });
    await expect(saved).toBeVisible();
    expect(await axe(page)).toEqual([]);
    const codes = await saved
      .getByRole('list', { name: 'Your recovery codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    await tabTo(page, saved.getByRole('button', { name: 'Download .txt' }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe('recovery-codes.txt');
    const text = await (
      await file.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(text).toContain(codes[0]);
    await tabTo(page, saved.getByRole('button', { name: 'I have saved them' }));
    await page.keyboard.press('Enter');
    await expect(saved).toBeHidden();
    await expect(page.getByText('Two-factor authentication is on')).toBeVisible();
    await expect(page.getByText('10 of 10')).toBeVisible();

    // Sign out; the password alone no longer signs in.
    await signOut(page);
    await passwordStep(page, email);
    await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    // [R12] The code used at setup is not accepted as the first sign-in code.
    await page.getByLabel('Authentication code').fill(setupCode.code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'That code is not valid' })).toBeAttached();
    const fresh = await codeFromKey(key, setupCode.step);
    await page.getByLabel('Authentication code').fill(fresh.code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/account$/);

    // [R15] A recovery code instead.
    await signOut(page);
    await passwordStep(page, email);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill(codes[0]!.toLowerCase());
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await waitForMail(email, /recovery code was used/, new Date(Date.now() - 60_000));
    await page.goto('/account/security');
    await expect(page.getByText('9 of 10')).toBeVisible();

    // Remove it again.
    await page.getByRole('button', { name: 'Remove authenticator app' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the authenticator app?' });
    await expect(confirm).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await confirmSudo(page);
    await expect(page.getByText('Two-factor authentication is off')).toBeVisible();
    expect(cspViolations).toEqual([]);
  });

  test('[R16] [R17] register a passkey in the virtual authenticator, sign in without a password, then remove it', async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    const { admin } = await seedOrganization('passkey');
    const email = admin.email;
    await signIn(page, email, '/account/security');
    await page.getByRole('button', { name: 'Add a passkey or security key' }).click();
    await confirmSudo(page);

    const naming = page.getByRole('dialog', { name: 'Name your new passkey' });
    await expect(naming).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await expect(naming.getByLabel('Name')).not.toHaveValue('');
    await naming.getByLabel('Name').fill('Work laptop');
    await naming.getByRole('button', { name: 'Save' }).click();
    const saved = page.getByRole('dialog', { name: 'Save your recovery codes' });
    await expect(saved).toBeVisible();
    await saved.getByRole('button', { name: 'I have saved them' }).click();

    const list = page.getByRole('list', { name: 'Your passkeys and security keys' });
    await expect(list.getByText('Work laptop')).toBeVisible();
    await expect(list.getByText('Device-bound')).toBeVisible();
    await expect(list.getByText('Never used')).toBeVisible();

    await page.getByRole('button', { name: 'Rename Work laptop' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename “Work laptop”' });
    expect(await axe(page)).toEqual([]);
    await rename.getByLabel('Name').fill('');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(rename.getByRole('alert')).toContainText('Give it a name');
    await rename.getByLabel('Name').fill('Chromium laptop');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(list.getByText('Chromium laptop')).toBeVisible();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);

    // Passwordless: no email, no password.
    await signOut(page);
    await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'username webauthn');
    // The email field's autofill (conditional UI) may already offer and use the passkey; otherwise the button.
    await page
      .getByRole('button', { name: 'Sign in with a passkey' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await expect(page).toHaveURL(/\/account$/);
    await page.goto('/account/security');
    await expect(list.getByText(/Last used/)).toBeVisible();

    // [R17] Remove it: it stops working at once.
    await page.getByRole('button', { name: 'Remove Chromium laptop' }).click();
    await page
      .getByRole('dialog', { name: 'Remove “Chromium laptop”?' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await confirmSudo(page);
    await expect(page.getByText('Two-factor authentication is off')).toBeVisible();
    await signOut(page);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not sign you in' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('[R11] [R23] an organization policy forces a member without 2FA through enrolment; an admin resets it with a reason', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const { owner, admin } = await seedOrganization('2fa policy');
    // The owner turns on an authenticator app (they must meet the policy themselves), then requires 2FA.
    await signIn(page, owner.email, '/account/security');
    await page.getByRole('button', { name: 'Set up authenticator app' }).click();
    await confirmSudo(page);
    await finishTotpSetup(page);
    const orgSection = page.getByRole('region', { name: 'Organization security' });
    await expect(orgSection.getByText(/members? (has|have) no two-factor authentication/)).toBeVisible();
    await orgSection.getByLabel('Require two-factor authentication for every member').check();
    await orgSection.getByLabel('Grace period in days').fill('0');
    await orgSection.getByRole('button', { name: 'Save policy' }).click();
    await expect(orgSection.getByText('Policy saved.')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    // The member signs in and can do nothing before enrolling.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await member.goto('/login?next=%2Faccount');
    await passwordStep(member, admin.email);
    await expect(member).toHaveURL(/\/two-factor\/setup\?next=%2Faccount$/);
    await expect(member.getByRole('heading', { level: 1, name: 'Set up two-factor authentication' })).toBeVisible();
    await expect(member.getByText('Remind me later')).toHaveCount(0);
    expect(await axe(member)).toEqual([]);
    await member.goto('/account/security');
    await expect(member).toHaveURL(/\/two-factor\/setup\?next=%2Faccount%2Fsecurity$/);
    await member.getByRole('button', { name: 'Set up authenticator app' }).click();
    await confirmSudo(member);
    await finishTotpSetup(member);
    await expect(member.getByRole('heading', { name: 'You are all set' })).toBeVisible();
    await member.getByRole('link', { name: 'Continue' }).click();
    await expect(member).toHaveURL(/\/account\/security$/);
    await memberContext.close();

    // The member lost their phone: the owner resets their 2FA, with a reason; the member is emailed.
    const since = new Date();
    await page.reload();
    await page.getByRole('button', { name: `Reset two-factor authentication of ${admin.name}` }).click();
    const reset = page.getByRole('dialog', { name: `Reset two-factor authentication of ${admin.name}?` });
    expect(await axe(page)).toEqual([]);
    await reset.getByRole('button', { name: 'Reset two-factor authentication' }).click();
    await expect(reset.getByRole('alert')).toContainText('Say why in a few words');
    await reset.getByLabel('Reason').fill('Lost phone, confirmed by video call');
    await reset.getByRole('button', { name: 'Reset two-factor authentication' }).click();
    await expect(page.getByText(`The two-factor authentication of ${admin.name} was reset.`)).toBeVisible();
    const mail = await waitForMail(admin.email, /Your two-factor authentication was reset/, since);
    expect(mail.text).toContain('Lost phone, confirmed by video call');
  });
});
