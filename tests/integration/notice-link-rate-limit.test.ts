// Rate limits declared on the action (createAction's `rateLimit`) where the use-case owns none: the
// sub-processor notice links, public forms that take a token. next/headers stands in for the request,
// with the socket peer as server.mjs hands it over.
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('@/tests/fixtures/next-request')).nextHeaders);

const { confirmSubscriptionAction, unsubscribeAction } = await import('@/app/(trust)/subprocessors/subscribe/actions');
const { POLICIES } = await import('@/lib/security/rate-limit');
const { nextRequest } = await import('@/tests/fixtures/next-request');

const from = (peer: string) => nextRequest({ peer });

const guess = () => `guessed-${crypto.randomUUID()}`;

describe('[R9] notice links: the limit declared on the action', () => {
  it('[R9] confirming allows the policy’s posts per address, then answers ACTION_RATE_LIMITED before the use-case runs', async () => {
    await from('198.51.100.201');
    const allowed = POLICIES.noticeLinkPerIp.points;
    for (let i = 0; i < allowed; i++) {
      expect(await confirmSubscriptionAction(null, { token: guess() })).toMatchObject({
        ok: false,
        reason: 'NOTICE_SUBSCRIPTION_LINK_INVALID',
      });
    }
    const refused = await confirmSubscriptionAction(null, { token: guess() });
    expect(refused).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      reason: 'ACTION_RATE_LIMITED',
      error: expect.stringMatching(/^Too many attempts\. Please try again in \d+ minutes?\.$/),
    });
    expect(refused.ok === false && refused.details?.retryAfterSeconds).toBeGreaterThan(0);
    // Unsubscribing shares the count (the same policy, the same address); another address has its own.
    expect(await unsubscribeAction(null, { subscriber: crypto.randomUUID(), token: guess() })).toMatchObject({
      reason: 'ACTION_RATE_LIMITED',
    });
    await from('198.51.100.202');
    expect(await confirmSubscriptionAction(null, { token: guess() })).toMatchObject({
      reason: 'NOTICE_SUBSCRIPTION_LINK_INVALID',
    });
  });

  it('[R9] unsubscribing is limited per address on its own as well', async () => {
    await from('198.51.100.203');
    for (let i = 0; i < POLICIES.noticeLinkPerIp.points; i++) {
      expect(await unsubscribeAction(null, { subscriber: crypto.randomUUID(), token: guess() })).toMatchObject({
        reason: 'NOTICE_UNSUBSCRIBE_LINK_INVALID',
      });
    }
    expect(await unsubscribeAction(null, { subscriber: crypto.randomUUID(), token: guess() })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      reason: 'ACTION_RATE_LIMITED',
    });
  });
});
