// Issue 21, finding 3: each reproduction exactly as reported, over HTTP against the production server.
// (The same cases at the layer that used to fail: tests/integration/input-layer.test.ts.)
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from '../e2e/support/auth';
import { actionTargets } from './support/targets';

const actions = actionTargets();
const action = (name: string) =>
  actions.find((a) => a.name.startsWith(`${name} `)) ??
  (() => {
    throw new Error(`no action ${name}`);
  })();

/** Posts an action the way a fetch from a page would, with `body` as its encoded arguments. */
function postAction(request: APIRequestContext, name: string, body: string | Record<string, string>, baseURL: string) {
  const target = action(name);
  const headers = { 'Next-Action': target.id, Accept: 'text/x-component', Origin: baseURL };
  if (typeof body === 'string')
    return request.post(target.route, {
      headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
      data: body,
    });
  // As React sends it: the argument list (part 0) last, after the parts it refers to.
  const form = new FormData();
  for (const [k, v] of Object.entries(body)) if (k !== '0') form.append(k, v);
  form.append('0', body['0']!);
  return request.post(target.route, { headers, multipart: form });
}

const ABUSE = {
  category: 'phishing',
  evidence: 'https://acme-mail-login.example/verify',
  description: 'A fake sign-in page that copies ours.',
};

test.describe('[issue 21] reproductions, anonymous', () => {
  test('GET /documents/%00/download is a 404', async ({ request }) => {
    const res = await request.get('/documents/%00/download');
    expect(res.status()).toBe(404);
  });

  test('a NUL byte in the abuse report is not INTERNAL', async ({ request, baseURL }) => {
    const multipart = {
      '0': '[null,"$K1"]',
      _1_category: ABUSE.category,
      _1_evidence: `${ABUSE.evidence}\u0000`,
      _1_description: `A fake\u0000 sign-in page that copies ours.`,
    };
    const res = await postAction(request, 'reportAbuseAction', multipart, baseURL!);
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body).not.toContain('INTERNAL');
    expect(body).toMatch(/"ok":true|RATE_LIMITED/);
  });

  test('a NUL byte in the document request is not INTERNAL', async ({ request, baseURL }) => {
    const multipart = {
      '0': '[null,"$K1"]',
      _1_name: 'Pat\u0000 Prospect',
      _1_email: 'pat@prospect.example',
      _1_company: 'Prospect\u0000 GmbH',
      _1_reason: 'Vendor security review\u0000 for our migration.',
      _1_documentIds: '\u0000',
      _1_ndaAccepted: 'on',
      _1_ndaVersion: '\u0000',
    };
    const res = await postAction(request, 'requestAccessAction', multipart, baseURL!);
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body).not.toContain('INTERNAL');
    expect(body).toContain('VALIDATION');
  });

  for (const body of ['[]', '[null,{"x":1}]']) {
    test(`the abuse-report and document-request actions called with ${body} answer VALIDATION`, async ({
      request,
      baseURL,
    }) => {
      for (const name of ['reportAbuseAction', 'requestAccessAction']) {
        const res = await postAction(request, name, body, baseURL!);
        expect(res.status(), name).toBe(200);
        const text = await res.text();
        expect(text, name).toContain('VALIDATION');
        expect(text, name).not.toContain('INTERNAL');
      }
    });
  }

  for (const body of ['["$Q1"]', '"str"', '["$nx"]', '{"0":1}']) {
    test(`an action body the framework cannot decode (${body}) is a 400 at the edge`, async ({ request, baseURL }) => {
      const res = await postAction(request, 'reportAbuseAction', body, baseURL!);
      expect(res.status()).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'VALIDATION' });
    });
  }

  test('a multipart action body that refers to a missing part is a 400 at the edge', async ({ request, baseURL }) => {
    const res = await postAction(request, 'reportAbuseAction', { '0': '["$Q1"]' }, baseURL!);
    expect(res.status()).toBe(400);
  });

  // Found by hand after the fuzz run: form posts without the Next-Action header, as a browser without
  // JavaScript would send them, but with a body no browser sends.
  test('an unreadable multipart post to a page is a 400, not a 500', async ({ request, baseURL }) => {
    const res = await request.post('/login', {
      headers: { Origin: baseURL!, 'Content-Type': 'multipart/form-data; boundary=y' },
      data: '--x\r\ngarbage',
    });
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('cannot be read');
  });

  test('a no-JavaScript form post naming a missing action part is a 400, not a 500', async ({ request, baseURL }) => {
    const form = new FormData();
    form.append('$ACTION_REF_1', '');
    form.append('email', 'pat@prospect.example');
    const res = await request.post('/login', { headers: { Origin: baseURL! }, multipart: form });
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('the form action is missing');
  });
});

test.describe('[issue 21] reproductions, signed in as a customer admin', () => {
  test('the audit log and its export refuse bad filters cleanly', async ({ page }) => {
    await signIn(page, 'admin@globex.example');
    for (const query of ['q=%00', 'actor=%00', 'target=%00']) {
      const res = await page.goto(`/account/audit-log?${query}`);
      expect(res?.status(), query).toBe(200);
      await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    }
    const cursor = await page.goto('/account/audit-log?cursor=9999999999999999999');
    expect(cursor?.status()).toBe(200);
    await expect(page.getByText('That page link is not valid.')).toBeVisible();

    const exported = await page.request.get('/account/audit-log/export?format=jsonl&from=2026-02-30');
    expect(exported.status()).toBe(400);
    expect(await exported.json()).toMatchObject({
      code: 'VALIDATION',
      error: expect.stringContaining('From is not a real date.'),
    });
  });
});
