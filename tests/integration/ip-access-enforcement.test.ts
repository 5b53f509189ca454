// The panel list enforced by the data-access layer itself (lib/dal.ts: getCtx, requireSession,
// createAction), on every request, from the address of that request — with next/headers standing in for
// a real request as server.mjs hands it over (the socket peer in x-tc-peer-address).
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const request = vi.hoisted(() => {
  // R26 for this file: 10.0.0.0/8 are our reverse proxies; nobody else's X-Forwarded-For is believed.
  process.env.TRUSTED_PROXIES = '10.0.0.0/8';
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  return { headers: new Headers(), cookies: new Map<string, string>() };
});
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    has: (name: string) => request.cookies.has(name),
    set: () => {},
    delete: () => {},
  }),
}));

const { cookieSettings } = await import('@/lib/auth/session-cookie');
const { getAuthSecret, resetConfigForTests } = await import('@/lib/config');
const { createAction, getCtx, panelAccessRefusal, requireSession } = await import('@/lib/dal');
const { db } = await import('@/lib/db');
const { addIpRule } = await import('@/lib/ip-access/add-ip-rule');
const { isIpAccessRefusal } = await import('@/lib/ip-access/enforce');
const { setIpListEnabled } = await import('@/lib/ip-access/set-ip-list-enabled');
const { signedInCtx, createUser } = await import('@/tests/fixtures/factories');
const { ipAccessWorld, saved } = await import('@/tests/fixtures/ip-access');

afterAll(() => {
  delete process.env.TRUSTED_PROXIES;
  resetConfigForTests();
});

/** The next request: this session cookie, from this socket peer, with this X-Forwarded-For. */
async function nextRequest(sessionToken: string | null, peer: string, forwardedFor?: string, path = '/account') {
  request.headers = new Headers({ 'x-tc-peer-address': peer, 'x-request-id': crypto.randomUUID(), 'x-pathname': path });
  if (forwardedFor) request.headers.set('x-forwarded-for', forwardedFor);
  request.cookies.clear();
  if (sessionToken)
    request.cookies.set(
      cookieSettings().sessionToken.name,
      await encode({ token: { sid: sessionToken }, secret: getAuthSecret() }),
    );
}

const outcome = async () =>
  getCtx().then(
    (ctx) => ({ allowed: true as const, ip: ctx.meta.ip }),
    (err: unknown) => {
      if (!isIpAccessRefusal(err)) throw err;
      return { allowed: false as const, ip: err.ip };
    },
  );

let world: Awaited<ReturnType<typeof ipAccessWorld>>;
let memberToken: string;
beforeAll(async () => {
  resetConfigForTests();
  world = await ipAccessWorld('Enforced Co', '203.0.113.10');
  saved(await addIpRule(world.ownerCtx, { scope: 'panel', address: '203.0.113.0/24', label: 'Office' }));
  saved(await setIpListEnabled(world.ownerCtx, { scope: 'panel', enabled: true }));
  memberToken = (await signedInCtx(world.member, world.org, { meta: { ip: '203.0.113.10' } })).sessionToken;
});

describe('panel allowlist, enforced on every request by the data-access layer', () => {
  it('[R25] an existing session is stopped as soon as it comes from an address outside the list', async () => {
    await nextRequest(memberToken, '203.0.113.10');
    expect(await outcome()).toEqual({ allowed: true, ip: '203.0.113.10' });

    await nextRequest(memberToken, '198.51.100.7');
    expect(await outcome()).toEqual({ allowed: false, ip: '198.51.100.7' });
    // Pages and layouts: the 403 page (forbidden()), which explains the refusal.
    await expect(requireSession()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    expect(await panelAccessRefusal()).toEqual({
      ip: '198.51.100.7',
      organizationId: world.org.id,
      organizationName: 'Enforced Co',
    });

    // Actions, even posted directly: a typed FORBIDDEN naming the address, and the handler never runs.
    const ran = vi.fn(async () => 'ran');
    const action = createAction({ tier: 'signed-in', schema: z.object({}), handler: ran });
    const result = await action(null, {});
    expect(result).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      error: expect.stringContaining('this request came from 198.51.100.7'),
    });
    expect(ran).not.toHaveBeenCalled();
    const permissionAction = createAction({ tier: 'account:read', schema: z.object({}), handler: ran });
    expect(await permissionAction(null, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ran).not.toHaveBeenCalled();

    // Back at the office, the same session works again: nothing was revoked, only refused.
    await nextRequest(memberToken, '203.0.113.99');
    expect(await outcome()).toEqual({ allowed: true, ip: '203.0.113.99' });
  });

  it('[R25] only an action that takes access away (signing out) runs from a refused address, on the session alone', async () => {
    await nextRequest(memberToken, '198.51.100.9');
    const seen = vi.fn(async (ctx: { session: unknown; meta: { ip: string | null } }) => ({
      signedIn: Boolean(ctx.session),
      ip: ctx.meta.ip,
    }));
    const signOutHere = createAction({
      tier: 'public',
      schema: z.object({}),
      runsFromRefusedAddress: true,
      handler: seen,
    });
    expect(await signOutHere(null, new FormData())).toEqual({ ok: true, data: { signedIn: true, ip: '198.51.100.9' } });
    // The panel check is skipped, so the refusal is not audited once more for the sign-out itself.
    expect(
      await db().auditEvent.count({
        where: { organizationId: world.org.id, action: 'ip_access.denied', ip: '198.51.100.9' },
      }),
    ).toBe(0);
    // Any other public action is refused there, as getCtx decides.
    expect(await createAction({ tier: 'public', schema: z.object({}), handler: seen })(null, {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(seen).toHaveBeenCalledTimes(1);
    // Declared on anything but a public action, it is a programming error found at start-up.
    expect(() =>
      createAction({ tier: 'signed-in', schema: z.object({}), runsFromRefusedAddress: true, handler: seen }),
    ).toThrow(/public-tier/);
  });

  it('[R10] a rate limit declared on the action counts each call before the handler and answers RATE_LIMITED', async () => {
    await nextRequest(null, '198.51.100.150');
    const ran = vi.fn(async () => 'ran');
    const limited = createAction({
      tier: 'public',
      schema: z.object({}),
      rateLimit: { policy: 'setupPerIp', by: 'ip' },
      handler: ran,
    });
    for (let i = 0; i < 10; i++) expect(await limited(null, {})).toEqual({ ok: true, data: 'ran' });
    const refused = await limited(null, {});
    expect(refused).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      error: expect.stringMatching(/^Too many attempts\. Please try again in \d+ minutes?\.$/),
    });
    expect(refused.ok === false && refused.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(ran).toHaveBeenCalledTimes(10);
    // Another address has its own count.
    await nextRequest(null, '198.51.100.151');
    expect(await limited(null, {})).toEqual({ ok: true, data: 'ran' });
  });

  it('[R27] the refusal is audited: who, what, when, from where', async () => {
    await nextRequest(memberToken, '198.51.100.8', undefined, '/account/security');
    expect((await outcome()).allowed).toBe(false);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: world.org.id, action: 'ip_access.denied', ip: '198.51.100.8' },
    });
    expect(event).toMatchObject({
      actorType: 'USER',
      actorId: world.member.id,
      actorLabel: world.member.email,
      outcome: 'DENIED',
    });
    expect(event.changes).toEqual({ scope: 'panel', ip: '198.51.100.8', path: '/account/security' });
  });

  it('[R27] a flood of refused requests is audited a few times per window, not once per request', async () => {
    for (let i = 0; i < 25; i++) {
      await nextRequest(memberToken, '198.51.100.66');
      expect((await outcome()).allowed).toBe(false);
    }
    const audited = await db().auditEvent.count({
      where: { organizationId: world.org.id, action: 'ip_access.denied', ip: '198.51.100.66' },
    });
    expect(audited).toBe(5);
  });

  it('[R26] a spoofed X-Forwarded-For from an untrusted peer is ignored', async () => {
    await nextRequest(memberToken, '198.51.100.7', '203.0.113.10');
    expect(await outcome()).toEqual({ allowed: false, ip: '198.51.100.7' });
  });

  it('[R26] a trusted proxy is believed, reading right to left to the first untrusted hop', async () => {
    await nextRequest(memberToken, '10.0.0.5', '198.51.100.7, 203.0.113.10');
    expect(await outcome()).toEqual({ allowed: true, ip: '203.0.113.10' });
    // A client prepending an allowed address does not get past the proxy's own entry.
    await nextRequest(memberToken, '10.0.0.5', '203.0.113.10, 198.51.100.7');
    expect(await outcome()).toEqual({ allowed: false, ip: '198.51.100.7' });
  });

  it('lists that are off allow every address; other organizations are unaffected; no session, no check', async () => {
    const other = await ipAccessWorld('Free Co');
    const token = (await signedInCtx(other.member, other.org)).sessionToken;
    await nextRequest(token, '198.51.100.7');
    expect(await outcome()).toEqual({ allowed: true, ip: '198.51.100.7' });
    await nextRequest(null, '198.51.100.7');
    expect(await outcome()).toEqual({ allowed: true, ip: '198.51.100.7' });
  });

  it('compiled lists are cached per process and refreshed through the version read with the session', async () => {
    const w = await ipAccessWorld('Cached Co', '203.0.113.10');
    saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '203.0.113.0/24', label: 'Office' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true }));
    const user = await createUser({ organizationId: w.org.id });
    const token = (await signedInCtx(user, w.org)).sessionToken;
    await nextRequest(token, '192.0.2.1');
    expect((await outcome()).allowed).toBe(false);

    // A row written behind the cache's back, without a version bump, is not seen: requests do not
    // re-read the rules, they trust the compiled copy while the version is unchanged.
    await db().ipAccessRule.create({
      data: { organizationId: w.org.id, scope: 'PANEL', cidr: '192.0.2.0/24', label: 'Sneaky' },
    });
    await nextRequest(token, '192.0.2.1');
    expect((await outcome()).allowed).toBe(false);

    // Any process that changes the lists bumps the version in the same transaction; the next request's
    // session read carries it, and this process recompiles.
    await db().organization.update({ where: { id: w.org.id }, data: { ipAccessVersion: { increment: 1 } } });
    await nextRequest(token, '192.0.2.1');
    expect((await outcome()).allowed).toBe(true);
  });
});
