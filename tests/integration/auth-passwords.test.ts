import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changePassword } from '@/lib/auth/change-password';
import { needsRehash, verifyPassword } from '@/lib/auth/password-hash';
import { checkResetRequestAllowed, requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { resolveSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import {
  anonymousCtx,
  auditActions,
  createOrganization,
  createUser,
  outboxFor,
  signedInCtx,
  TEST_PASSWORD,
} from '@/tests/fixtures/factories';

let org: Awaited<ReturnType<typeof createOrganization>>;
beforeAll(async () => {
  org = await createOrganization('Passwords Co');
});
afterEach(() => {
  delete process.env.ARGON2_TIME_COST;
  resetConfigForTests();
});

const alive = async (token: string) => 'session' in (await resolveSession(token));
const err = async (p: Promise<unknown>) =>
  (await p.then(
    () => null,
    (e: unknown) => e,
  )) as AppError;

function tokenFromMail(text: string): string {
  const m = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no reset link in ${text}`);
  return m[1]!;
}

describe('changing a password', () => {
  it('[R4] requires the current password, ends other sessions, is audited and emailed', async () => {
    const user = await createUser({ organizationId: org.id });
    const here = await signedInCtx(user, org);
    const elsewhere = await signedInCtx(user, org);

    const wrong = await err(
      changePassword(here, {
        currentPassword: 'not my password',
        newPassword: 'a brand new passphrase',
        confirmPassword: 'a brand new passphrase',
      }),
    );
    expect(wrong.fieldErrors?.currentPassword).toEqual(['Your current password is not correct.']);

    const result = await changePassword(here, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase',
      confirmPassword: 'a brand new passphrase',
    });
    expect(result.otherSessionsEnded).toBe(1);
    expect(await alive(here.sessionToken)).toBe(true);
    expect(await alive(elsewhere.sessionToken)).toBe(false);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, 'a brand new passphrase')).toBe(true);
    expect((await outboxFor(user.email)).map((m) => m.template)).toEqual(['auth.password_changed']);
    expect(await auditActions(org.id)).toContain('auth.password.changed');
  });

  it.each([
    ['too short', 'eleven char', /at least 12 characters \(this one has 11\)/],
    ['common', 'passwordpassword', /commonly used or breached/],
    ['contains the email', 'USERNAME-FOR-TESTS-2026', /email address/],
    ['contains the product name', 'i really like acme mail 2026', /product name \(Acme Mail\)/],
  ])('[R1] [R3] refuses a new password that is %s', async (_label, newPassword, message) => {
    const user = await createUser({
      organizationId: org.id,
      email: `username-for-tests-${Math.random().toString(36).slice(2, 6)}@example.test`,
    });
    const ctx = await signedInCtx(user, org);
    const pw = newPassword.replace('USERNAME-FOR-TESTS', user.email.split('@')[0]!);
    const e = await err(changePassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: pw, confirmPassword: pw }));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors?.newPassword?.[0]).toMatch(message);
  });

  it('[R1] [R2] accepts 128 characters, Unicode, spaces and emoji, with no truncation or case folding', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    const prefix = 'Ünïcödé pässwörd 🔐 with spaces ';
    const long = prefix + 'x'.repeat(128 - [...prefix].length);
    expect([...long]).toHaveLength(128);
    await changePassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: long, confirmPassword: long });
    const stored = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(await verifyPassword(stored, long)).toBe(true);
    expect(await verifyPassword(stored, long.slice(0, -1))).toBe(false);
    expect(await verifyPassword(stored, long.toUpperCase())).toBe(false);
  });
});

describe('argon2id storage', () => {
  it('[R6] stores argon2id with a unique salt per hash', async () => {
    const a = await createUser({ organizationId: org.id, passwordHash: undefined });
    const b = await createUser({ organizationId: org.id });
    const rows = await db().user.findMany({ where: { id: { in: [a.id, b.id] } } });
    for (const r of rows) expect(r.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { hashPassword } = await import('@/lib/auth/password-hash');
    expect(await hashPassword('same input')).not.toBe(await hashPassword('same input'));
  });

  it('[R6] upgrades a hash at sign-in when the parameters changed', async () => {
    const user = await createUser({ organizationId: org.id });
    process.env.ARGON2_TIME_COST = '3';
    resetConfigForTests();
    expect(needsRehash(user.passwordHash!)).toBe(true);
    await signInWithPassword(anonymousCtx({ ip: '198.51.100.50' }), { email: user.email, password: TEST_PASSWORD });
    const upgraded = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=3,p=1\$/);
    expect(await verifyPassword(upgraded, TEST_PASSWORD)).toBe(true);
  });
});

describe('password reset', () => {
  it('[R7] a single-use link, stored hashed, that ends every session and signs nobody in', async () => {
    const user = await createUser({ organizationId: org.id });
    const session = await signedInCtx(user, org);
    await requestPasswordReset(anonymousCtx(), { email: user.email });
    const mail = (await outboxFor(user.email)).find((m) => m.template === 'passwordReset')!;
    const token = tokenFromMail(mail.text);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(await db().passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);

    await resetPassword(anonymousCtx(), { token, newPassword: 'reset to this passphrase' });
    expect(await alive(session.sessionToken)).toBe(false);
    expect(await db().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining(['auth.password.reset_requested', 'auth.password.reset']),
    );

    const again = await err(resetPassword(anonymousCtx(), { token, newPassword: 'and again another one' }));
    expect(again.message).toMatch(/invalid, expired or already used/);
  });

  it('[R7] an expired link is refused', async () => {
    const user = await createUser({ organizationId: org.id });
    await requestPasswordReset(anonymousCtx(), { email: user.email });
    const token = tokenFromMail((await outboxFor(user.email))[0]!.text);
    await db().passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const e = await err(resetPassword(anonymousCtx(), { token, newPassword: 'too late for this one' }));
    expect(e.message).toMatch(/invalid, expired or already used/);
  });

  it('[R7] a rejected new password does not burn the link', async () => {
    const user = await createUser({ organizationId: org.id });
    await requestPasswordReset(anonymousCtx(), { email: user.email });
    const token = tokenFromMail((await outboxFor(user.email))[0]!.text);
    const e = await err(resetPassword(anonymousCtx(), { token, newPassword: 'short' }));
    expect(e.fieldErrors?.newPassword?.[0]).toMatch(/at least 12/);
    await resetPassword(anonymousCtx(), { token, newPassword: 'a perfectly fine passphrase' });
  });

  it('[R8] an unknown address produces no email and no difference in the answer', async () => {
    await requestPasswordReset(anonymousCtx(), { email: 'nobody-here@example.test' });
    expect(await outboxFor('nobody-here@example.test')).toEqual([]);
  });

  it('[R9] reset requests are limited per account', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const e = await checkResetRequestAllowed(anonymousCtx({ ip: `198.51.100.${60 + i}` }), {
        email: 'target@example.test',
      }).then(
        () => 'ok',
        (x: AppError) => x.code,
      );
      codes.push(e);
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
  });
});
