// Issue 21, finding 3, each reproduction at the layer that used to fail, on a real database: the public
// actions as Next.js calls them (form data or whatever the request decoded to), the audit log's query
// string, the audit export route and the public download route. HTTP-level runs of the same
// reproductions against `npm start` are in tests/e2e-fuzz/reproductions.spec.ts.
import { beforeAll, describe, expect, it, vi } from 'vitest';

const request = vi.hoisted(() => ({
  headers: new Headers({ 'x-tc-peer-address': '198.51.100.40', 'x-request-id': 'req-input' }),
}));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => {}, delete: () => {} }),
}));

const { reportAbuseAction } = await import('@/app/(trust)/report-abuse/actions');
const { requestAccessAction } = await import('@/app/(trust)/documents/actions');
const { GET: exportRoute } = await import('@/app/(account)/account/audit-log/export/route');
const { GET: downloadRoute } = await import('@/app/(trust)/documents/[slug]/download/route');
const { listAuditEvents } = await import('@/lib/audit/list-audit-events');
const { db } = await import('@/lib/db');
const { NDA } = await import('@/lib/documents/nda');
const { ZAuditFilterSchema } = await import('@/lib/validation/audit');
const { parseQuery } = await import('@/lib/validation/input');
const { createOrganization, createUser, signedInCtx } = await import('@/tests/fixtures/factories');
const { documentWorld } = await import('@/tests/fixtures/documents');

let world: Awaited<ReturnType<typeof documentWorld>>;
beforeAll(async () => {
  world = await documentWorld();
});

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
};
let ip = 10;
const fromNewAddress = () => request.headers.set('x-tc-peer-address', `198.51.100.${ip++}`);

const abuse = {
  category: 'phishing',
  evidence: 'https://acme-mail-login.example/verify',
  description: 'A fake sign-in page that copies ours.',
};

describe('[issue 21] public actions and bad input', () => {
  it("a NUL byte in the abuse report's text fields never reaches PostgreSQL: stored without it", async () => {
    fromNewAddress();
    const result = await reportAbuseAction(
      null,
      form({
        ...abuse,
        description: 'A fake sign-in\u0000 page that copies ours.',
        evidence: 'https://acme-mail-login.example/\u0000x',
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const row = await db().abuseReport.findUniqueOrThrow({
      where: { reference: (result as { data: { reference: string } }).data.reference },
    });
    expect(row.description).toBe('A fake sign-in page that copies ours.');
    expect(row.url).toBe('https://acme-mail-login.example/x');
  });

  it("a field that is only NUL bytes gets the field's own message, not a generic one", async () => {
    fromNewAddress();
    const result = await reportAbuseAction(
      null,
      form({ ...abuse, evidence: '\u0000\u0000', reporterEmail: 'a\u0000@' }),
    );
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(result?.ok === false && result.fieldErrors?.evidence).toEqual([
      'Paste the web address or the full headers of the message.',
    ]);
    expect(result?.ok === false && result.fieldErrors?.reporterEmail?.[0]).toMatch(/valid email/);
  });

  it('the abuse report called with a body that is not form data ([], [null,{"x":1}]) answers VALIDATION', async () => {
    // What Next.js hands the action for the bodies `[]` and `[null,{"x":1}]`.
    for (const args of [
      [undefined, undefined],
      [null, { x: 1 }],
      [null, 'str'],
      [null, null],
      [null, [1, 2]],
    ] as const) {
      const result = await (reportAbuseAction as (...a: unknown[]) => Promise<unknown>)(...args);
      expect(result, JSON.stringify(args)).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
  });

  it("a NUL byte in the document request's text fields never reaches PostgreSQL", async () => {
    fromNewAddress();
    const email = 'nul-prospect@prospect.example';
    const result = await requestAccessAction(
      null,
      form({
        name: 'Pat\u0000 Prospect',
        email,
        company: 'Prospect\u0000 GmbH',
        reason: 'Vendor security review\u0000 for our migration.',
        documentIds: [world.gated.id],
        ndaAccepted: 'on',
        ndaVersion: NDA.version,
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const row = await db().documentAccessRequest.findFirstOrThrow({ where: { email } });
    expect(row).toMatchObject({
      name: 'Pat Prospect',
      company: 'Prospect GmbH',
      reason: 'Vendor security review for our migration.',
    });
  });

  it('the document request with NUL in its ids or a body that is not form data answers VALIDATION', async () => {
    fromNewAddress();
    const bad = await requestAccessAction(
      null,
      form({
        name: 'Pat Prospect',
        email: 'p@prospect.example',
        company: 'Prospect GmbH',
        reason: 'A reason long enough.',
        documentIds: ['\u0000'],
        ndaAccepted: 'on',
        ndaVersion: NDA.version,
      }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { documentIds: ['Choose at least one document.'] },
    });
    for (const args of [
      [undefined, undefined],
      [null, { x: 1 }],
      [null, '"str"'],
    ] as const) {
      const result = await (requestAccessAction as (...a: unknown[]) => Promise<unknown>)(...args);
      expect(result, JSON.stringify(args)).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
  });
});

describe("[issue 21] the audit log's query string", () => {
  let admin: Awaited<ReturnType<typeof signedInCtx>>;
  beforeAll(async () => {
    const org = await createOrganization('Filter Co');
    admin = await signedInCtx(await createUser({ organizationId: org.id, role: 'admin' }), org);
  });

  it('?q=%00 (and actor, target) lists events instead of failing in PostgreSQL', async () => {
    for (const name of ['q', 'actor', 'target']) {
      for (const value of ['%00', 'a%00b', '%01%7F%C2%9F']) {
        const query = parseQuery(ZAuditFilterSchema, new URLSearchParams(`${name}=${value}`));
        expect(query.ok, `${name}=${value}`).toBe(true);
        await expect(listAuditEvents(admin, query.data!)).resolves.toHaveProperty('events');
      }
    }
  });

  it('?cursor=9999999999999999999 is a page link that is not valid, not a bigint overflow', async () => {
    const query = parseQuery(ZAuditFilterSchema, new URLSearchParams('cursor=9999999999999999999'));
    expect(query).toMatchObject({ ok: false, errors: { cursor: ['That page link is not valid.'] } });
    const max = parseQuery(ZAuditFilterSchema, new URLSearchParams('cursor=9223372036854775807'));
    await expect(listAuditEvents(admin, max.data!)).resolves.toHaveProperty('events');
  });

  it('30 February and year 275760 are not dates', () => {
    expect(parseQuery(ZAuditFilterSchema, new URLSearchParams('from=2026-02-30'))).toMatchObject({
      ok: false,
      errors: { from: ['From is not a real date.'] },
    });
    expect(parseQuery(ZAuditFilterSchema, new URLSearchParams('to=275760-01-01'))).toMatchObject({ ok: false });
    expect(parseQuery(ZAuditFilterSchema, new URLSearchParams('from=2028-02-29&to=2028-03-01'))).toMatchObject({
      ok: true,
    });
  });

  it('GET /account/audit-log/export?format=jsonl&from=2026-02-30 answers 400 before any byte of the file', async () => {
    for (const query of [
      'format=jsonl&from=2026-02-30',
      'format=csv&to=2026-13-01',
      'format=jsonl&cursor=9999999999999999999',
      'format=jsonl&q=%00&from=0000-01-01',
    ]) {
      const res = await exportRoute(new Request(`http://localhost/account/audit-log/export?${query}`));
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'VALIDATION' });
    }
  });
});

describe('[issue 21] path segments', () => {
  it('GET /documents/%00/download is a 404, not a database error', async () => {
    for (const slug of ['\u0000', 'iso-cert\u0000', '\uD800']) {
      const res = await downloadRoute(new Request('http://localhost/documents/x/download'), {
        params: Promise.resolve({ slug }),
      });
      expect(res.status).toBe(404);
    }
    const ok = await downloadRoute(new Request('http://localhost/documents/iso-cert/download'), {
      params: Promise.resolve({ slug: 'iso-cert' }),
    });
    expect(ok.status).toBe(200);
  });
});

describe("[issue 21] the input layer's own checks", () => {
  it('a cursor that is not digits is a message, never an exception', () => {
    for (const cursor of ['abc', '-1', '1e3', ' 1', '99999999999999999999', '9223372036854775808']) {
      expect(parseQuery(ZAuditFilterSchema, new URLSearchParams({ cursor }))).toMatchObject({
        ok: false,
        errors: { cursor: ['That page link is not valid.'] },
      });
    }
  });
});
