import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO_PASSWORD } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';
import { escapeRegExp, seedOrganization, SEED_PASSWORD } from './support/seed';

// Issue 21, findings 0 and 2. Every form that carries a secret is submitted here with JavaScript off
// (what a browser does before the scripts have loaded): it must POST, and no password, code or key may
// appear in any request URL. server.mjs's access log records each request's path without its query, so
// a secret kept out of every URL is kept out of that log too. Tests that change an account work on their
// own organization (support/seed.ts), never on the shared demo users.

test.use({ javaScriptEnabled: false });

/** Every URL the context requests, to check for secrets at the end. */
function recordUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

function expectNoSecretIn(urls: string[], secrets: string[]) {
  expect(urls.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const forms = [secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+')];
    const leaks = urls.filter((u) => forms.some((f) => u.includes(f)));
    expect(leaks, `a request URL carries ${secret}`).toEqual([]);
  }
}

async function noJsSignIn(page: Page, email: string, password: string, next = '/account') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The id Next.js gave a server action in this build, as a browser would send it. */
function actionId(name: string): string {
  const dist = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`no server action named ${name}`);
  return entry[0];
}

async function jsPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  return context.newPage();
}

test('[R28] sign-in without JavaScript posts: a wrong password is refused on the page, the right one signs in', async ({
  page,
  context,
}) => {
  const urls = recordUrls(context);
  await noJsSignIn(page, 'member@globex.example', 'not-the-Password-2026');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  await noJsSignIn(page, 'member@globex.example', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  // The header's sign-out form works without JavaScript too (same origin).
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  expectNoSecretIn(urls, [DEMO_PASSWORD, 'not-the-Password-2026']);
});

test('[R28] password reset and password change without JavaScript: both post, and the new password signs in', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const urls = recordUrls(context);
  const { member } = await seedOrganization('no-js reset');
  const email = member.email;
  const temporary = 'Nojs-Reset-passphrase-2026';
  const changed = 'Nojs-Changed-passphrase-2026';

  const since = new Date();
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  const link = linkIn(await waitForMail(email, /Reset your/, since), '/reset-password');

  // The page with the token in its URL: its form still posts from our origin (referrer same-origin).
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(temporary);
  await page.getByLabel(/Confirm/).fill(temporary);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password was changed.')).toBeVisible();

  await noJsSignIn(page, email, temporary, '/account/security');
  await expect(page).toHaveURL(/\/account\/security$/);

  // Change it on the security page, still without JavaScript.
  await page.getByLabel('Current password').fill(temporary);
  await page.getByLabel('New password', { exact: true }).fill(changed);
  await page.getByLabel(/Confirm/).fill(changed);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await noJsSignIn(page, email, changed);
  await expect(page).toHaveURL(/\/account$/);
  expectNoSecretIn(urls, [temporary, changed]);
});

test('[R28] second factor without JavaScript: /login/second-factor takes an authenticator code, then a recovery code', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { owner } = await seedOrganization('no-js 2fa');
  const email = owner.email;
  // Enrol an authenticator app with JavaScript (the QR dialog needs it).
  const js = await jsPage(browser, baseURL!);
  await js.goto('/login?next=%2Faccount%2Fsecurity');
  await js.getByLabel('Email').fill(email);
  await js.getByLabel('Password').fill(SEED_PASSWORD);
  await js.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(js).toHaveURL(/\/account\/security$/, { timeout: 20_000 });
  await js.getByRole('button', { name: 'Set up authenticator app' }).click();
  const sudo = js.getByRole('dialog', { name: 'Confirm it’s you' });
  await sudo.getByLabel('Your password').fill(SEED_PASSWORD);
  await sudo.getByRole('button', { name: 'Confirm' }).click();
  const setup = js.getByRole('dialog', { name: 'Set up your authenticator app' });
  const key = (await setup.getByTestId('totp-key').textContent())!.trim().replace(/\s+/g, '');
  const setupStep = Math.floor(Date.now() / 30_000);
  await setup
    .getByLabel('Enter the 6-digit code the app shows')
    .fill(await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) }));
  await setup.getByRole('button', { name: 'Turn on' }).click();
  const saved = js.getByRole('dialog', { name: 'Save your recovery codes' });
  await expect(saved.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem')).toHaveCount(10);
  const codes = await saved.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allTextContents();
  await saved.getByRole('button', { name: 'I have saved them' }).click();

  try {
    const urls = recordUrls(context);
    await noJsSignIn(page, email, SEED_PASSWORD);
    await expect(page).toHaveURL(/\/login\/second-factor\?next=%2Faccount$/);
    // Two fields named "code" on one page: each label points to its own box.
    const totp = page.getByLabel('Authentication code');
    const recovery = page.getByLabel('Recovery code');
    await expect(totp).toHaveCount(1);
    await expect(recovery).toHaveCount(1);
    expect(await totp.getAttribute('id')).not.toBe(await recovery.getAttribute('id'));

    await totp.fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/login\/second-factor/);
    await expect(page.getByText(/not valid/).first()).toBeVisible();

    // A fresh code (not the one used at setup).
    if (Math.floor(Date.now() / 30_000) === setupStep) await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 300);
    const code = await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) });
    await page.getByLabel('Authentication code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();

    await noJsSignIn(page, email, SEED_PASSWORD);
    await page.getByLabel('Recovery code').fill(codes[0]!);
    await page.getByRole('button', { name: 'Use recovery code' }).click();
    await expect(page).toHaveURL(/\/account$/);
    expectNoSecretIn(urls, [SEED_PASSWORD, code, codes[0]!, '000000']);
  } finally {
    await js.context().close();
  }
});

test('[R23] [R28] API key creation without JavaScript: the password is asked in the form, the key is shown once from the POST', async ({
  page,
  context,
}) => {
  const { admin } = await seedOrganization('no-js api key');
  const urls = recordUrls(context);
  await noJsSignIn(page, admin.email, SEED_PASSWORD, '/account/api-keys');
  await expect(page).toHaveURL(/\/account\/api-keys$/);
  await page.getByLabel('Key name').fill('No-JS gateway');
  await page.getByRole('button', { name: 'Create API key' }).click();
  // Sensitive: without the "Confirm it's you" dialog the server's request for the password comes back in the form.
  await expect(page).toHaveURL(/\/account\/api-keys$/);
  await page.getByLabel('Key name').fill('No-JS gateway');
  await page.getByLabel('Your password').fill('wrong-Password-2026');
  await page.getByRole('button', { name: 'Create API key' }).click();
  await expect(page.getByText('That password is not correct.')).toBeVisible();
  await page.getByLabel('Key name').fill('No-JS gateway');
  await page.getByLabel('Your password').fill(SEED_PASSWORD);
  await page.getByRole('button', { name: 'Create API key' }).click();
  await expect(page.getByText('API key “No-JS gateway” created. Copy it now')).toBeVisible();
  const key = await page.getByLabel('Your new API key').inputValue();
  expect(key.length).toBeGreaterThan(20);
  await expect(page).toHaveURL(/\/account\/api-keys$/);
  expectNoSecretIn(urls, [SEED_PASSWORD, 'wrong-Password-2026', key, 'No-JS gateway']);
});

test('[R28] invitation acceptance without JavaScript: the account is created from a POST and signed in on the server', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { organization, owner } = await seedOrganization('no-js invite');
  const email = `nojs.invitee@${organization.slug}.example`;
  const password = 'an invitee passphrase without scripts 2026';
  const since = new Date();
  // The owner invites with JavaScript (the sudo dialog); the invitee accepts without.
  const js = await jsPage(browser, baseURL!);
  await js.goto('/login?next=%2Faccount%2Fusers');
  await js.getByLabel('Email').fill(owner.email);
  await js.getByLabel('Password').fill(SEED_PASSWORD);
  await js.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(js).toHaveURL(/\/account\/users$/, { timeout: 20_000 });
  // The invite form needs its JavaScript (the sudo dialog): wait until it is hydrated.
  await js.waitForLoadState('networkidle');
  const invite = js.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email address').fill(email);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  // Inviting a Member may not need the password again (an Admin would): confirm only if asked.
  const sudo = js.getByRole('dialog', { name: 'Confirm it’s you' });
  const sent = js.getByRole('status').filter({ hasText: `Invitation sent to ${email}` });
  await expect(sent.or(sudo)).toBeVisible();
  if (await sudo.isVisible()) {
    await sudo.getByLabel('Your password').fill(SEED_PASSWORD);
    await sudo.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(sent).toBeVisible();
  await js.context().close();
  const link = linkIn(
    await waitForMail(email, new RegExp(`invited you to ${escapeRegExp(organization.name)}`), since),
    '/invitation?token=',
  );

  const urls = recordUrls(context);
  await page.goto(link);
  await page.getByLabel('Your name').fill('Ines Invitee');
  await page.getByLabel('Choose a password').fill(password);
  await page.getByLabel('Confirm new password').fill('a different passphrase 2026');
  await page.getByRole('button', { name: `Create account and join ${organization.name}` }).click();
  // Refused on the page it came from (the POST carried our Origin: the page's referrer policy is same-origin).
  await expect(page.getByText('The two passwords do not match.').first()).toBeVisible();
  await page.getByLabel('Your name').fill('Ines Invitee');
  await page.getByLabel('Choose a password').fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: `Create account and join ${organization.name}` }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1$/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  expectNoSecretIn(urls, [password, 'a different passphrase 2026']);
});

test('[R28] a form without a secret posts before its JavaScript loads too: the invitation form answers on its own page, nothing typed lands in a URL', async ({
  page,
  context,
}) => {
  const urls = recordUrls(context);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
  });
  await noJsSignIn(page, 'owner@globex.example', DEMO_PASSWORD, '/account/users');
  await expect(page).toHaveURL(/\/account\/users$/);
  // Refused by the server (not an address), so the demo data stays as it was.
  const typed = 'typed-without-scripts.example';
  const invite = page.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email address').fill(typed);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(
    page
      .getByRole('form', { name: 'Invite someone' })
      .getByText('Enter a valid email address, like name@example.com.', { exact: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/account\/users$/);
  expect(posts).toContain('/account/users');
  expectNoSecretIn(urls, [typed]);
});

test.describe('[R25] cross-origin state-changing requests', () => {
  test('[R25] issue 21 #2: a no-JS sign-out form posted from evil.example with a valid cookie gets a clean 403 and does nothing', async ({
    page,
    context,
    baseURL,
  }) => {
    await noJsSignIn(page, 'member@globex.example', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/account$/);
    const id = actionId('signOutAndRedirect');

    // The exact reproduction: multipart, `$ACTION_ID_<id>`, a foreign Origin, the session cookie.
    const foreign = await context.request.post('/account', {
      headers: { Origin: 'https://evil.example' },
      multipart: { [`$ACTION_ID_${id}`]: '' },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(403);
    expect(foreign.headers()['content-type']).toContain('application/json');
    expect(await foreign.json()).toEqual({
      error: 'Cross-origin form submissions are not accepted.',
      code: 'FORBIDDEN',
    });
    // Nothing ran: still signed in.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/account$/);

    // No Origin, but the browser says cross-site: refused the same way.
    const fetchSite = await context.request.post('/account', {
      headers: { 'Sec-Fetch-Site': 'cross-site' },
      multipart: { [`$ACTION_ID_${id}`]: '' },
      maxRedirects: 0,
    });
    expect(fetchSite.status()).toBe(403);

    // Every method and kind of target: pages, actions, route handlers, the API.
    for (const [method, url] of [
      ['PUT', '/account'],
      ['PATCH', '/api/v1/audit-events'],
      ['DELETE', '/api/v1/x'],
      ['POST', '/api/auth/signout'],
      ['POST', '/studio/documents/upload'],
    ] as const) {
      const res = await context.request.fetch(url, {
        method,
        headers: { Origin: 'https://evil.example' },
        data: 'x',
        maxRedirects: 0,
      });
      expect(res.status(), `${method} ${url}`).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }

    // The same form from our own origin signs out.
    const own = await context.request.post('/account', {
      headers: { Origin: new URL(baseURL!).origin },
      multipart: { [`$ACTION_ID_${id}`]: '' },
      maxRedirects: 0,
    });
    expect(own.status()).toBe(303);
    expect(own.headers().location).toContain('/login?signedOut=1');
  });
});
