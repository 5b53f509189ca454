// Issue 15 part 4: self-service sign-up. Only a verified address creates an organization; the answer is the
// same whether or not the address has an account; links are hashed, single use and expire.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password-hash';
import { resolveSession } from '@/lib/auth/sessions';
import { sha256Hex } from '@/lib/auth/tokens';
import { parseConfig, resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { completeSignup } from '@/lib/signup/complete-signup';
import { getSignupLink } from '@/lib/signup/get-signup-link';
import { slugFromName } from '@/lib/signup/organization-slug';
import { checkSignupRequestAllowed, requestSignup } from '@/lib/signup/request-signup';
import { anonymousCtx, auditActions, createOrganization, createUser, outboxFor } from '@/tests/fixtures/factories';

const PASSWORD = 'a long and unusual sign-up passphrase';
let ipCounter = 0;
/** A fresh client address per call, so limits of one test never reach another. */
const freshCtx = () => anonymousCtx({ ip: `198.51.100.${++ipCounter}` });
const err = async (p: Promise<unknown>) =>
  (await p.then(
    () => null,
    (e: unknown) => e,
  )) as AppError;
const uniqueEmail = (domain = 'example.org') => `new-${Math.random().toString(36).slice(2, 10)}@${domain}`;

beforeEach(() => {
  process.env.SIGNUP_MODE = 'open';
  delete process.env.SIGNUP_EMAIL_DOMAINS;
  resetConfigForTests();
});
afterEach(() => {
  delete process.env.SIGNUP_MODE;
  delete process.env.SIGNUP_EMAIL_DOMAINS;
  resetConfigForTests();
});

/** What the action does: check, then the work (run after the answer). Returns the emailed token, if any. */
async function askForLink(email: string, ctx = freshCtx()): Promise<string | null> {
  await checkSignupRequestAllowed(ctx, { email });
  const before = (await outboxFor(email)).length;
  await requestSignup(ctx, { email });
  const mails = await outboxFor(email);
  expect(mails.length).toBe(before + 1);
  const m = /\/signup\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mails.at(-1)!.text);
  return m ? m[1]! : null;
}

const complete = (
  token: string,
  over: Partial<{ organizationName: string; name: string; newPassword: string }> = {},
  ctx = freshCtx(),
) => {
  const newPassword = over.newPassword ?? PASSWORD;
  return completeSignup(ctx, {
    token,
    organizationName: over.organizationName ?? 'Umbrella Works',
    name: over.name ?? 'Una Brella',
    newPassword,
    confirmPassword: newPassword,
  });
};

describe('open sign-up', () => {
  it('[R7] a verified address creates its organization as Owner, with the password, signed in; audited in the new chain', async () => {
    const email = uniqueEmail();
    const token = await askForLink(email);
    expect(token).toBeTruthy();
    expect(token!.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    // Stored hashed only; nothing exists yet but the pending link.
    const pending = await db().signupVerification.findFirstOrThrow({ where: { email } });
    expect(pending.tokenHash).toBe(sha256Hex(token!));
    expect(JSON.stringify(pending)).not.toContain(token!);
    expect(Math.abs(pending.expiresAt.getTime() - pending.createdAt.getTime() - 30 * 60_000)).toBeLessThan(5_000);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
    expect(await auditActions(null)).toContain('signup.requested');

    // Opening the link consumes nothing (mail scanners open links).
    expect((await getSignupLink(freshCtx(), { token: token! })).state).toBe('open');
    expect((await getSignupLink(freshCtx(), { token: token! })).state).toBe('open');

    const result = await complete(token!, { organizationName: 'Umbrella Works' });
    expect(result.organization.name).toBe('Umbrella Works');
    expect(result.organization.slug).toMatch(/^umbrella-works(-\d+)?$/);
    const org = await db().organization.findUniqueOrThrow({ where: { id: result.organization.id } });
    expect(org.kind).toBe('CUSTOMER');
    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[org.id, 'owner']]);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    const session = await resolveSession(result.sessionToken);
    expect(
      'session' in session && session.session.userId === user.id && session.session.organizationId === org.id,
    ).toBe(true);
    expect(await auditActions(org.id)).toEqual(['signup.completed']);
    const event = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(event.actorId).toBe(user.id);
    expect(JSON.stringify({ ...event, seq: String(event.seq) })).not.toContain(token!);
  });

  it('[R8] answers the same whether or not the address has an account; an existing account gets "you already have an account"', async () => {
    const org = await createOrganization('Existing Co');
    const existing = await createUser({ organizationId: org.id, email: uniqueEmail() });
    const fresh = uniqueEmail();
    // The check (all the caller waits for) passes the same way for both.
    await expect(checkSignupRequestAllowed(freshCtx(), { email: existing.email })).resolves.toBeUndefined();
    await expect(checkSignupRequestAllowed(freshCtx(), { email: fresh })).resolves.toBeUndefined();

    expect(await askForLink(existing.email)).toBeNull();
    const mail = (await outboxFor(existing.email)).at(-1)!;
    expect(mail.template).toBe('signupExistingAccount');
    expect(mail.subject).toBe('You already have an account with Acme Mail');
    expect(mail.text).toContain('you already have an account, so no new one was created');
    expect(await db().signupVerification.count({ where: { email: existing.email } })).toBe(0);
    expect(await auditActions(null)).toContain('signup.existing_account');

    expect(await askForLink(fresh)).toBeTruthy();
    expect((await outboxFor(fresh)).at(-1)!.template).toBe('signupVerify');
  });

  it('an address that gets an account between the link and its use is refused (CONFLICT), nothing is created', async () => {
    const email = uniqueEmail();
    const token = (await askForLink(email))!;
    const other = await createOrganization('Invited First Co');
    await createUser({ organizationId: other.id, email });
    const before = await db().organization.count();
    const e = await err(complete(token));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/already exists for this address/);
    expect(await db().organization.count()).toBe(before);
    expect((await getSignupLink(freshCtx(), { token })).state).toBe('refused');
  });
});

describe('wrong, reused and expired links', () => {
  it('[R7] a link works once: the second use is refused with a clear message and audited', async () => {
    const token = (await askForLink(uniqueEmail()))!;
    await complete(token);
    const e = await err(complete(token, { organizationName: 'Second Try' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.token?.[0]).toMatch(/already used/);
    const view = await getSignupLink(freshCtx(), { token });
    expect(view).toMatchObject({ state: 'refused', message: expect.stringMatching(/already used/) });
    const refused = await db().auditEvent.findMany({
      where: { organizationId: null, action: 'signup.link_refused' },
      orderBy: { seq: 'desc' },
      take: 2,
    });
    expect(refused.map((r) => (r.changes as { reason: string }).reason)).toEqual(['used', 'used']);
    expect(await db().organization.count({ where: { name: 'Second Try' } })).toBe(0);
  });

  it('[R7] two racing completions of one link create exactly one organization', async () => {
    const token = (await askForLink(uniqueEmail()))!;
    const results = await Promise.allSettled([
      complete(token, { organizationName: 'Race One' }),
      complete(token, { organizationName: 'Race Two' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toMatch(/VALIDATION|CONFLICT/);
    expect(await db().organization.count({ where: { name: { in: ['Race One', 'Race Two'] } } })).toBe(1);
  });

  it('[R7] an expired link is refused, with a message that says so, and audited', async () => {
    const email = uniqueEmail();
    const token = (await askForLink(email))!;
    await db().signupVerification.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSignupLink(freshCtx(), { token })).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/expired/),
      reason: 'SIGNUP_LINK_EXPIRED', // said again in the page's language (/de/signup/confirm)
    });
    const e = await err(complete(token));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.token?.[0]).toMatch(/expired/);
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
  });

  it('an unknown token is refused and audited, never a 500', async () => {
    const bogus = 'x'.repeat(43);
    expect(await getSignupLink(freshCtx(), { token: bogus })).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/not valid/),
    });
    const e = await err(complete(bogus));
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('VALIDATION');
    const last = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: null, action: 'signup.link_refused' },
      orderBy: { seq: 'desc' },
    });
    expect(last.outcome).toBe('FAILURE');
    expect((last.changes as { reason: string }).reason).toBe('unknown');
  });

  it.each([
    ['too short', 'short pass', /at least 12 characters/],
    ['breached', 'passwordpassword', /commonly used or breached/],
  ])('[R1] [R3] a %s password is refused and the link still works afterwards', async (_label, newPassword, message) => {
    const token = (await askForLink(uniqueEmail()))!;
    const e = await err(complete(token, { newPassword }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.newPassword?.[0]).toMatch(message);
    await expect(complete(token)).resolves.toMatchObject({ organization: { name: 'Umbrella Works' } });
  });
});

describe('SIGNUP_MODE', () => {
  it('off (the default): the request is refused as closed, and a link sent earlier stops working', async () => {
    const email = uniqueEmail();
    const token = (await askForLink(email))!;
    delete process.env.SIGNUP_MODE;
    resetConfigForTests();
    const e = await err(checkSignupRequestAllowed(freshCtx(), { email: uniqueEmail() }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toMatch(/Sign-up is closed/);
    const late = await err(complete(token));
    expect(late.code).toBe('FORBIDDEN');
    expect(await db().user.findUnique({ where: { email } })).toBeNull();
    expect(await auditActions(null)).toContain('signup.refused');
  });

  it('allowlist: only addresses at SIGNUP_EMAIL_DOMAINS; others are refused with the reason and audited', async () => {
    process.env.SIGNUP_MODE = 'allowlist';
    process.env.SIGNUP_EMAIL_DOMAINS = 'umbrella.example, Partner.example';
    resetConfigForTests();
    const e = await err(checkSignupRequestAllowed(freshCtx(), { email: uniqueEmail('elsewhere.example') }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.email?.[0]).toBe(
      'Sign-up is open only to addresses at umbrella.example, partner.example. Use your work address, or ask to be invited.',
    );
    const refusal = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: null, action: 'signup.refused' },
      orderBy: { seq: 'desc' },
    });
    expect(refusal.outcome).toBe('DENIED');
    expect((refusal.changes as { reason: string }).reason).toBe('domain');
    // A look-alike domain is not the allowed one.
    expect(
      (await err(checkSignupRequestAllowed(freshCtx(), { email: uniqueEmail('umbrella.example.evil.test') }))).code,
    ).toBe('VALIDATION');
    const token = (await askForLink(uniqueEmail('partner.example')))!;
    await expect(complete(token, { organizationName: 'Partner Team' })).resolves.toMatchObject({
      organization: { name: 'Partner Team' },
    });
  });

  it('allowlist without domains is a configuration error naming the variable', () => {
    expect(() => parseConfig({ SIGNUP_MODE: 'allowlist' })).toThrow(
      /SIGNUP_EMAIL_DOMAINS: is required when SIGNUP_MODE=allowlist/,
    );
    expect(() => parseConfig({ SIGNUP_MODE: 'sometimes' })).toThrow(/SIGNUP_MODE: must be off, open or allowlist/);
    expect(parseConfig({}).signup.mode).toBe('off');
  });
});

describe('[R9] rate limits', () => {
  it('per address asked for: the fourth request within the hour is refused, whatever the client address', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 3; i++) await checkSignupRequestAllowed(freshCtx(), { email });
    const e = await err(checkSignupRequestAllowed(freshCtx(), { email }));
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.message).toMatch(/Too many sign-up requests\. Try again in \d+ minutes?\./);
  });

  it('per client address: the eleventh request from one address within the hour is refused', async () => {
    const ctx = freshCtx();
    for (let i = 0; i < 10; i++) await checkSignupRequestAllowed(ctx, { email: uniqueEmail() });
    expect((await err(checkSignupRequestAllowed(ctx, { email: uniqueEmail() }))).code).toBe('RATE_LIMITED');
  });

  it('link uses per client address: opening and completing stop after 30 tries in 15 minutes', async () => {
    const ctx = freshCtx();
    for (let i = 0; i < 30; i++) await getSignupLink(ctx, { token: 'y'.repeat(43) });
    expect((await getSignupLink(ctx, { token: 'y'.repeat(43) })).state).toBe('rate-limited');
    expect((await err(complete('y'.repeat(43), {}, ctx))).code).toBe('RATE_LIMITED');
  });
});

describe('organization slugs', () => {
  it('derive from the name, stay unique, and avoid the application’s own words', async () => {
    expect(slugFromName('Zürich Café & Co.')).toBe('zurich-cafe-co');
    expect(slugFromName('Studio')).toBe('studio-org');
    expect(slugFromName('!!')).toBe('organization');
    const a = await complete((await askForLink(uniqueEmail()))!, { organizationName: 'Slug Twins' });
    const b = await complete((await askForLink(uniqueEmail()))!, { organizationName: 'Slug  Twins!' });
    expect(a.organization.slug).toBe('slug-twins');
    expect(b.organization.slug).toBe('slug-twins-2');
  });
});
