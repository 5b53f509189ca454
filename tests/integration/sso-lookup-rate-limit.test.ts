// The email-first SSO look-up on the sign-in page is public: the limit declared on its action
// (createAction's `rateLimit`, policy ssoLookUpPerIp) caps look-ups of distinct domains per client address. next/headers
// stands in for the request, with the socket peer as server.mjs hands it over.
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('@/tests/fixtures/next-request')).nextHeaders);

const { ssoLookUpAction } = await import('@/app/(auth)/actions');
const { POLICIES } = await import('@/lib/security/rate-limit');
const { nextRequest } = await import('@/tests/fixtures/next-request');

const from = (peer: string) => nextRequest({ peer });
const someone = () => ({ email: `person-${crypto.randomUUID()}@nobody-${crypto.randomUUID()}.test` });

describe('[R9] SSO look-up on the sign-in page: the limit declared on the action', () => {
  it('[R9] allows 30 look-ups per address in 10 minutes, refuses the 31st with the rate-limit message; another address is unaffected', async () => {
    expect(POLICIES.ssoLookUpPerIp).toMatchObject({ points: 30, duration: 600 });
    await from('198.51.100.211');
    for (let i = 0; i < 30; i++) expect(await ssoLookUpAction(null, someone())).toEqual({ ok: true, data: null });
    const refused = await ssoLookUpAction(null, someone());
    expect(refused).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      reason: 'ACTION_RATE_LIMITED',
      error: expect.stringMatching(/^Too many attempts\. Please try again in \d+ minutes?\.$/),
    });
    expect(refused.ok === false && refused.details?.retryAfterSeconds).toBeGreaterThan(0);
    await from('198.51.100.212');
    expect(await ssoLookUpAction(null, someone())).toEqual({ ok: true, data: null });
  });

  it('[R9] counts each domain once: a whole office behind one address signing in to its own domain is never refused, and its repeats do not use up the budget for other domains', async () => {
    await from('198.51.100.213');
    const office = `office-${crypto.randomUUID()}.test`;
    // Far more sign-ins than the policy's points, all of one company's colleagues behind its NAT.
    for (let i = 0; i < POLICIES.ssoLookUpPerIp.points + 10; i++)
      expect(await ssoLookUpAction(null, { email: `colleague-${i}@${office}` })).toEqual({ ok: true, data: null });
    // The office's domain cost one point: 29 other domains still go through, the 30th other one is refused.
    for (let i = 0; i < POLICIES.ssoLookUpPerIp.points - 1; i++)
      expect(await ssoLookUpAction(null, someone())).toEqual({ ok: true, data: null });
    expect(await ssoLookUpAction(null, someone())).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    // A domain already answered is still answered (nothing new is learnt); DOMAIN case does not make it new.
    expect(await ssoLookUpAction(null, { email: `late@${office.toUpperCase()}` })).toEqual({ ok: true, data: null });
  });
});
