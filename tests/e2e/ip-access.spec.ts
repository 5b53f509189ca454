// IP access control end to end: the rules screens, API keys against /api/v1, and the panel list enforced
// on every request — with the browser at 127.0.0.1 (an untrusted peer) and Node requests from 127.0.0.2,
// the reverse proxy named in TRUSTED_PROXIES (playwright.config.ts), to play other client addresses.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signIn } from './support/auth';
import { waitForMail } from './support/mailbox';
import { escapeRegExp, seedOrganization, SEED_PASSWORD, type SeededOrganization } from './support/seed';
import { alertIn } from './support/ui';

test.describe.configure({ mode: 'serial' });

// One organization for the file, with the demo Globex's example SMTP rules: the tests build on each other
// (the second reads the rules the first imported), and the panel list the third turns on refuses nobody else.
let org: SeededOrganization;
test.beforeAll(async () => {
  org = await seedOrganization('ip access', { exampleIpRules: true });
});

// Not test-results/: other runs in this checkout clean that folder.
const SHOTS = path.join('screenshots', 'ip-access');
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/** Screenshots to look at: light, dark and 360 px wide. */
async function screens(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${theme}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: path.join(SHOTS, `${name}-360.png`), fullPage: true });
  await page.setViewportSize(size);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
}

/** Confirms the password when the sudo dialog asks for it. */
async function confirmSudo(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your password').fill(SEED_PASSWORD);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}

/** A request through our "reverse proxy": the socket comes from 127.0.0.2 and says who the client was. */
function viaTrustedProxy(
  baseURL: string,
  opts: {
    path: string;
    clientIp: string;
    cookie?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  },
): Promise<{ status: number; text: string }> {
  const url = new URL(opts.path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: opts.method ?? 'GET',
        localAddress: '127.0.0.2',
        headers: {
          Host: url.host,
          'X-Forwarded-For': opts.clientIp,
          ...(opts.cookie ? { Cookie: opts.cookie } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** The id Next.js gave a server action in this build, as a browser would send it. */
function actionId(name: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'),
      'utf8',
    ),
  ) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`no server action named ${name}`);
  return entry[0];
}

const section = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} (On|Off)$`) });

test('[R23] rules screen: precise validation, add with sudo, empty list refused, test an address, import with preview, admins emailed', async ({
  page,
}) => {
  const since = new Date();
  await signIn(page, org.owner.email, SEED_PASSWORD);
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'IP access' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'IP access' })).toBeVisible();
  await expect(page.getByText('Your current address: 127.0.0.1')).toBeVisible();

  const panel = section(page, 'Panel');
  const address = panel.getByLabel('Address or range', { exact: true });
  const label = panel.getByLabel('Label', { exact: true });
  const add = panel.getByRole('button', { name: 'Add to Panel list' });
  await label.fill('Office VPN');
  for (const [value, message] of [
    ['10.0.0.300', /^Octet out of range: 300 is larger than 255/],
    ['10.0.0.1/33', /^Prefix too long: \/33/],
    ['10.0.0.1/24', /^Host bits set: 10\.0\.0\.1\/24 is an address inside the network 10\.0\.0\.0\/24/],
  ] as const) {
    await address.fill(value);
    await add.click();
    await expect(panel.getByText(message)).toBeVisible();
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(address).toBeFocused();
  }
  // The normalised network is offered; the typed label survives.
  await panel.getByRole('button', { name: 'Use 10.0.0.0/24' }).click();
  await expect(address).toHaveValue('10.0.0.0/24');
  await expect(label).toHaveValue('Office VPN');
  await add.click();
  await confirmSudo(page);
  await expect(panel.getByRole('status').filter({ hasText: 'Added 10.0.0.0/24 to the Panel list.' })).toBeVisible();
  await expect(
    panel
      .getByRole('table', { name: 'Panel allowlist' })
      .getByRole('row', { name: new RegExp(`10\\.0\\.0\\.0/24 Office VPN ${escapeRegExp(org.owner.email)}`) }),
  ).toBeVisible();

  // An empty list cannot be turned on.
  const api = section(page, 'API');
  await api.getByRole('button', { name: 'Turn API list on' }).click();
  await expect(
    alertIn(page).filter({ hasText: 'The API list is empty: turning it on would refuse everyone.' }),
  ).toBeVisible();

  // Test an address: which rule of which scope, and why.
  await page.getByLabel('IP address', { exact: true }).fill('::ffff:10.0.0.77');
  await page.getByRole('button', { name: 'Test address' }).click();
  const result = page.getByRole('region', { name: /Result for 10\.0\.0\.77/ });
  await expect(result).toContainText('checked as IPv4; you entered ::ffff:10.0.0.77');
  await expect(result).toContainText(
    '10.0.0.0/24 “Office VPN” contains it, so it stays allowed if the list is turned on.',
  );
  await expect(result).toContainText(
    '10.0.0.77 shares its first 24 bits with 10.0.0.0/24, which runs from 10.0.0.0 to 10.0.0.255.',
  );
  await page.getByLabel('IP address', { exact: true }).fill('10.0.0.300');
  await page.getByRole('button', { name: 'Test address' }).click();
  await expect(page.getByText(/^Octet out of range/).first()).toBeVisible();

  // Import with a preview: the demo SMTP entries, plus one more, and a broken line first.
  const smtp = section(page, 'SMTP sending');
  await smtp.getByText('Import or export the SMTP sending list as text').click();
  const text = smtp.getByLabel('SMTP sending list as text', { exact: true });
  await expect(text).toHaveValue(/203\.0\.113\.0\/24 +# Office \(example\)/);
  const original = await text.inputValue();
  await text.fill(`${original}198.51.100.0/24 # Partner relay\n10.0.0.300\n`);
  await smtp.getByRole('button', { name: 'Preview changes' }).click();
  await expect(smtp.getByText(/Line 6 \(10\.0\.0\.300\): Octet out of range/)).toBeVisible();
  await expect(smtp.getByRole('button', { name: 'Save this SMTP sending list' })).toBeDisabled();
  await text.fill(`${original}198.51.100.0/24 # Partner relay\n`);
  await smtp.getByRole('button', { name: 'Preview changes' }).click();
  await expect(
    smtp.getByRole('heading', { name: 'Preview: 1 to add, 0 to remove, 0 relabelled, 2 unchanged' }),
  ).toBeVisible();
  await expect(smtp.getByText('198.51.100.0/24 — Partner relay')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await smtp.getByRole('button', { name: 'Save this SMTP sending list' }).click();
  await expect(smtp.getByRole('status').filter({ hasText: 'Saved the imported SMTP sending list.' })).toBeVisible();
  await expect(smtp.getByRole('table', { name: 'SMTP sending allowlist' })).toContainText('198.51.100.0/24');

  // Every administrator hears of it.
  for (const to of [org.owner.email, org.admin.email]) {
    const mail = await waitForMail(
      to,
      new RegExp(`^IP access rules changed for ${escapeRegExp(org.organization.name)} \\(SMTP sending\\)$`),
      since,
    );
    expect(mail.text).toContain('Added 198.51.100.0/24 (Partner relay).');
    expect(mail.text).toContain(`${org.owner.name} (${org.owner.email})`);
  }
  await page.reload();
  await screens(page, 'ip-access');
});

test('[R25] [R26] API keys: shown once, used against /api/v1, held to the api list, revoked', async ({
  page,
  request,
  baseURL,
}) => {
  const since = new Date();
  await signIn(page, org.admin.email, SEED_PASSWORD);
  await page.goto('/account/api-keys');
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await page.getByLabel('Key name').fill('Mail edge');
  await page.getByRole('button', { name: 'Create API key' }).click();
  await confirmSudo(page);
  const secretBox = page.getByLabel('Your new API key');
  await expect(secretBox).toHaveValue(/^tc_[0-9a-f]{10}_/);
  const secret = await secretBox.inputValue();
  await expect(page.getByText('Copy it now: it will not be shown again.')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await screens(page, 'api-keys-created');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(secretBox).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'API keys of your organization' })).toContainText(secret.slice(0, 13));
  await page.reload();
  expect(await page.content()).not.toContain(secret.slice(14));
  const mail = await waitForMail(
    org.owner.email,
    new RegExp(`^New API key for ${escapeRegExp(org.organization.name)}: Mail edge$`),
    since,
  );
  expect(mail.text).not.toContain(secret);

  const auth = { Authorization: `Bearer ${secret}` };
  let res = await request.get('/api/v1/ip-access/check?scope=smtp&ip=203.0.113.5', { headers: auth });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ scope: 'smtp', ip: '203.0.113.5', allowed: true, listEnabled: false });
  res = await request.get('/api/v1/ip-access/check?scope=smtp&ip=10.0.0.300', { headers: auth });
  expect(res.status()).toBe(400);
  expect((await res.json()).error).toMatch(/Octet out of range/);
  res = await request.get('/api/v1/ip-access/check?scope=smtp&ip=203.0.113.5');
  expect([res.status(), (await res.json()).code]).toEqual([401, 'UNAUTHENTICATED']);
  res = await request.get('/api/v1/no-such-thing', { headers: auth });
  expect([res.status(), (await res.json()).code]).toEqual([404, 'NOT_FOUND']);

  const rules = await request.get('/api/v1/ip-access/rules?scope=smtp', { headers: auth });
  expect(rules.status()).toBe(200);
  expect((await rules.json()).scopes.smtp.ranges.ipv4).toContainEqual(['198.51.100.0', '198.51.100.255']);
  const etag = rules.headers()['etag']!;
  const unchanged = await request.get('/api/v1/ip-access/rules?scope=smtp', {
    headers: { ...auth, 'If-None-Match': etag },
  });
  expect(unchanged.status()).toBe(304);

  // The api list: only the data centre may use the key.
  const apiSection = section(page, 'API');
  await page.goto('/account/ip-access');
  await apiSection.getByLabel('Address or range', { exact: true }).fill('198.51.100.0/24');
  await apiSection.getByLabel('Label', { exact: true }).fill('Data centre');
  await apiSection.getByRole('button', { name: 'Add to API list' }).click();
  await expect(apiSection.getByRole('status').filter({ hasText: 'Added 198.51.100.0/24' })).toBeVisible();
  await apiSection.getByRole('button', { name: 'Turn API list on' }).click();
  await expect(apiSection.getByRole('status').filter({ hasText: 'The API list is on.' })).toBeVisible();

  res = await request.get('/api/v1/ip-access/check?scope=smtp&ip=203.0.113.5', { headers: auth });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toContain('127.0.0.1');
  // [R26] Saying you are in the data centre does not make it so…
  res = await request.get('/api/v1/ip-access/check?scope=smtp&ip=203.0.113.5', {
    headers: { ...auth, 'X-Forwarded-For': '198.51.100.7' },
  });
  expect(res.status()).toBe(403);
  // …but our reverse proxy saying so does.
  const proxied = await viaTrustedProxy(baseURL!, {
    path: '/api/v1/ip-access/check?scope=smtp&ip=203.0.113.5',
    clientIp: '198.51.100.7',
    headers: auth,
  });
  expect(proxied.status).toBe(200);
  expect(JSON.parse(proxied.text)).toMatchObject({ allowed: true });

  await apiSection.getByRole('button', { name: 'Turn API list off' }).click();
  await expect(apiSection.getByRole('status').filter({ hasText: 'The API list is off' })).toBeVisible();

  // Revoked: the next request is refused. Last use is shown, with where from.
  await page.goto('/account/api-keys');
  await expect(page.getByRole('row', { name: /Mail edge/ })).toContainText('from 198.51.100.7');
  await page.getByRole('button', { name: /^Revoke Mail edge/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke “Mail edge”?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revoked “Mail edge”.' })).toBeVisible();
  res = await request.get('/api/v1/ip-access/check?scope=smtp&ip=203.0.113.5', { headers: auth });
  expect(res.status()).toBe(401);
});

test('[R23] [R25] [R26] [R27] panel list: lockout confirmation, an existing session stopped at a new address, spoofing ignored, the proxy believed', async ({
  page,
  browser,
  baseURL,
}) => {
  const since = new Date();
  // A member's session from before the change.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, org.member.email, SEED_PASSWORD);

  await signIn(page, org.owner.email, SEED_PASSWORD);
  await page.goto('/account/ip-access');
  const panel = section(page, 'Panel');
  await panel.getByLabel('Address or range', { exact: true }).fill('198.51.100.0/24');
  await panel.getByLabel('Label', { exact: true }).fill('Branch office');
  await panel.getByRole('button', { name: 'Add to Panel list' }).click();
  await confirmSudo(page);
  await expect(panel.getByRole('status').filter({ hasText: 'Added 198.51.100.0/24' })).toBeVisible();

  // Turning the list on would refuse this very browser: the confirmation names its address.
  await panel.getByRole('button', { name: 'Turn Panel list on' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refuse your own address?' });
  await expect(dialog).toContainText('Your current address, 127.0.0.1, is not in the panel list you are saving.');
  const save = dialog.getByRole('button', { name: 'Save and refuse 127.0.0.1' });
  await expect(save).toBeDisabled();
  expect(await axe(page)).toEqual([]);
  await screens(page, 'ip-access-lockout-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('heading', { name: 'Panel Off' })).toBeVisible();

  await panel.getByRole('button', { name: 'Turn Panel list on' }).click();
  await dialog.getByLabel('I understand that 127.0.0.1 will be refused.').check();
  await dialog.getByRole('button', { name: 'Save and refuse 127.0.0.1' }).click();
  await expect(dialog).toBeHidden();

  // The next request from here — any page of the account — is refused, with the reason and who to ask.
  let response = await page.goto('/account/security');
  expect(response?.status()).toBe(403);
  await expect(
    page.getByRole('heading', { level: 1, name: `${org.organization.name} does not allow access from this address` }),
  ).toBeVisible();
  await expect(page.getByTestId('refused-ip')).toHaveText('127.0.0.1');
  await expect(page.getByRole('link', { name: org.admin.email })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await screens(page, 'ip-refused');
  // The member's existing session too.
  response = await memberPage.goto('/account');
  expect(response?.status()).toBe(403);

  // [R26] A spoofed X-Forwarded-For from the browser is ignored.
  const spoofing = await browser.newContext({
    extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.7' },
    storageState: await page.context().storageState(),
  });
  const spoofPage = await spoofing.newPage();
  response = await spoofPage.goto('/account');
  expect(response?.status()).toBe(403);
  await expect(spoofPage.getByTestId('refused-ip')).toHaveText('127.0.0.1');
  await spoofing.close();

  // [R25] A server action posted directly from here is refused too, and changes nothing.
  const ownerCookie = await cookieHeader(page.context());
  const turnOff = {
    'Next-Action': actionId('setIpListEnabledAction'),
    'Content-Type': 'text/plain;charset=UTF-8',
    Origin: new URL(baseURL!).origin,
  };
  const body = JSON.stringify([null, { scope: 'panel', enabled: false }]);
  const refused = await page.request.post('/account/ip-access', { headers: turnOff, data: body });
  expect(await refused.text()).toContain('"code":"FORBIDDEN"');

  // The same session through our reverse proxy, for a client in the branch office: allowed…
  const fromBranch = await viaTrustedProxy(baseURL!, {
    path: '/account',
    clientIp: '198.51.100.7',
    cookie: ownerCookie,
  });
  expect(fromBranch.status).toBe(200);
  // …and once it turns up at a new address, stopped.
  const elsewhere = await viaTrustedProxy(baseURL!, { path: '/account', clientIp: '203.0.113.9', cookie: ownerCookie });
  expect(elsewhere.status).toBe(403);
  expect(elsewhere.text).toContain('203.0.113.9');

  // From the branch office the owner turns the list off again (sudo from the change above still holds).
  const restored = await viaTrustedProxy(baseURL!, {
    path: '/account/ip-access',
    clientIp: '198.51.100.7',
    cookie: ownerCookie,
    method: 'POST',
    headers: turnOff,
    body,
  });
  expect(restored.text).toContain('"status":"saved"');
  response = await page.goto('/account/ip-access');
  expect(response?.status()).toBe(200);
  response = await memberPage.goto('/account');
  expect(response?.status()).toBe(200);
  await memberContext.close();

  // [R27] The refusals and the changes are in the record, with where they came from.
  const recent = page.getByRole('table', { name: 'Recent IP access changes and refused requests' });
  await expect(
    recent
      .getByRole('row')
      .filter({ hasText: 'Refused a request' })
      .filter({ hasText: 'Panel: 203.0.113.9 on /account' }),
  ).toBeVisible();
  await expect(
    recent.getByRole('row').filter({ hasText: 'Refused a request' }).filter({ hasText: org.member.email }).first(),
  ).toBeVisible();
  await expect(
    recent.getByRole('row').filter({ hasText: 'Turned a list off' }).filter({ hasText: '198.51.100.7' }),
  ).toBeVisible();
  await waitForMail(
    org.admin.email,
    new RegExp(`^IP access rules changed for ${escapeRegExp(org.organization.name)} \\(Panel\\)$`),
    since,
  );
});
