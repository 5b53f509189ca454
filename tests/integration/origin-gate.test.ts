import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseCrossOrigin } from '@/lib/http/origin-gate.mjs';

// The gate over real HTTP, wired as server.mjs wires it in front of Next.js (issue 21, finding 2). The
// same reproduction against the built application is in tests/e2e/no-js-forms.spec.ts.

let server: http.Server;
let base: string;
const reached: string[] = [];
const warnings: object[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (
      refuseCrossOrigin(req, res, { appOrigin: 'https://trust.acme.example', log: { warn: (o) => warnings.push(o) } })
    )
      return;
    reached.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => res.end('handled'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A no-JavaScript server-action form post, as a browser sends it. */
function actionForm(): FormData {
  const form = new FormData();
  form.set('$ACTION_ID_7f3a9c0d1e2b4a5968778695a4b3c2d1e0f9a8b7c6', '');
  return form;
}

describe('[R25] origin gate in front of the application', () => {
  it('[R25] issue 21 #2: a multipart $ACTION_ID_ post from evil.example with a session cookie gets a clean 403 JSON and reaches nothing', async () => {
    const before = reached.length;
    const res = await fetch(`${base}/account`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', Cookie: 'tc.session=eyJhbGciOi.valid-looking' },
      body: actionForm(),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.json()).toEqual({ error: 'Cross-origin form submissions are not accepted.', code: 'FORBIDDEN' });
    expect(reached.length).toBe(before);
    expect(warnings.at(-1)).toMatchObject({ method: 'POST', path: '/account', reason: 'foreign origin' });
  });

  it('[R25] every state-changing method, to pages, actions, routes and the API, gets the same 403', async () => {
    for (const [method, path] of [
      ['POST', '/login'],
      ['PUT', '/account'],
      ['PATCH', '/api/v1/audit-events'],
      ['DELETE', '/api/v1/keys/1'],
      ['POST', '/api/auth/signout'],
    ]) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { Origin: 'https://evil.example', 'Next-Action': 'abc' },
        body: 'x',
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('[R25] same-origin posts, posts without Origin, and reads from anywhere reach the application', async () => {
    const own = await fetch(`${base}/account`, {
      method: 'POST',
      headers: { Origin: base, 'Sec-Fetch-Site': 'same-origin' },
      body: actionForm(),
    });
    expect(await own.text()).toBe('handled');
    const public_ = await fetch(`${base}/account`, {
      method: 'POST',
      headers: { Origin: 'https://trust.acme.example' },
      body: actionForm(),
    });
    expect(await public_.text()).toBe('handled');
    const noOrigin = await fetch(`${base}/api/v1/audit-events`, {
      method: 'POST',
      headers: { Authorization: 'Bearer tc_live_x' },
      body: '{}',
    });
    expect(await noOrigin.text()).toBe('handled');
    const read = await fetch(`${base}/documents`, {
      headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(await read.text()).toBe('handled');
  });

  it('[R25] without Origin, a cross-site Sec-Fetch-Site is refused; an opaque Origin (null) too', async () => {
    const site = await fetch(`${base}/account`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'cross-site' },
      body: actionForm(),
    });
    expect(site.status).toBe(403);
    const opaque = await fetch(`${base}/account`, { method: 'POST', headers: { Origin: 'null' }, body: actionForm() });
    expect(opaque.status).toBe(403);
  });

  it('[R25] RFC 8058 one-click unsubscribe stays open to mail clients', async () => {
    const res = await fetch(`${base}/subprocessors/unsubscribe/one-click?subscriber=s&token=t`, {
      method: 'POST',
      headers: { Origin: 'https://mail.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(await res.text()).toBe('handled');
  });
});
