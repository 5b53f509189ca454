import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The id Next.js gave a server action in this build, as a browser would send it.
function actionId(name: string): string {
  const dist = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`no server action named ${name}`);
  return entry[0];
}

test('[R25] a server action posted from another origin is refused with 403 and never runs', async ({
  request,
  baseURL,
}) => {
  const id = actionId('passwordSignInAction');
  const body = JSON.stringify([null, { email: 'admin@globex.example', password: 'demo-Trust-center-2026' }]);
  const headers = { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' };

  const foreign = await request.post('/login', { headers: { ...headers, Origin: 'https://evil.example' }, data: body });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ code: 'FORBIDDEN' });

  // The same request from our own origin reaches the action (and gets its typed answer).
  const own = await request.post('/login', { headers: { ...headers, Origin: new URL(baseURL!).origin }, data: body });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('"ok":true');
});

test("[R25] next-auth's own routes need its CSRF token: a forged callback gets no session", async ({
  request,
  baseURL,
}) => {
  const id = actionId('passwordSignInAction');
  const origin = new URL(baseURL!).origin;
  const step = await request.post('/login', {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin },
    data: JSON.stringify([null, { email: 'owner@initech.example', password: 'demo-Trust-center-2026' }]),
  });
  const ticket = /"ticket":"([A-Za-z0-9_-]+)"/.exec(await step.text())?.[1];
  expect(ticket).toBeTruthy();

  // Without the CSRF double-submit token the ticket is not redeemed.
  const forged = await request.post('/api/auth/callback/ticket', {
    form: { ticket: ticket!, csrfToken: 'forged' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(302);
  expect(forged.headers()['set-cookie'] ?? '').not.toContain('tc.session=');

  // With it, the same ticket becomes a session: next-auth's protection, not a broken ticket, stopped the first.
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const real = await request.post('/api/auth/callback/ticket', {
    form: { ticket: ticket!, csrfToken, json: 'true' },
    maxRedirects: 0,
  });
  expect(real.headers()['set-cookie'] ?? '').toContain('tc.session=');
});
