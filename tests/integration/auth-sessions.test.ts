import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { listMySessions } from '@/lib/auth/list-my-sessions';
import { reauthenticate } from '@/lib/auth/reauthenticate';
import { revokeMyOtherSessions, revokeMySession } from '@/lib/auth/revoke-my-session';
import { resolveSession } from '@/lib/auth/sessions';
import { signOut } from '@/lib/auth/sign-out';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { auditActions, createOrganization, createUser, signedInCtx, TEST_PASSWORD } from '@/tests/fixtures/factories';

let org: Awaited<ReturnType<typeof createOrganization>>;
beforeAll(async () => {
  org = await createOrganization('Sessions Co');
});
afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.SESSION_ABSOLUTE_HOURS;
  resetConfigForTests();
});

const alive = async (token: string) => 'session' in (await resolveSession(token));

describe('server-side sessions', () => {
  it('[R19] after sign-out the old cookie no longer works', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    expect(await alive(ctx.sessionToken)).toBe(true);
    await signOut(ctx);
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'revoked' });
    expect(await auditActions(org.id)).toContain('auth.signout');
  });

  it('[R22] ends a session idle longer than the limit (default 30 minutes)', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    await db().session.update({
      where: { id: ctx.session.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) },
    });
    expect(await alive(ctx.sessionToken)).toBe(true);
    await db().session.update({
      where: { id: ctx.session.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'idle' });
    // Once ended it stays ended, even if activity resumed.
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'revoked' });
  });

  it('[R22] the idle limit is configurable', async () => {
    process.env.SESSION_IDLE_MINUTES = '10';
    resetConfigForTests();
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    await db().session.update({
      where: { id: ctx.session.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 11 * 60_000) },
    });
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'idle' });
  });

  it('[R22] ends a session at its absolute limit (default 12 hours) however active', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    const row = await db().session.findUniqueOrThrow({ where: { id: ctx.session.sessionId } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 3_600_000);
    await db().session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'expired' });
  });

  it('[R20] deactivating a user ends their sessions on the next request', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    await db().user.update({ where: { id: user.id }, data: { status: 'DEACTIVATED' } });
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'user-deactivated' });
  });

  it('[R21] users see their sessions, marked "this device", and end one or all others', async () => {
    const user = await createUser({ organizationId: org.id });
    const here = await signedInCtx(user, org, {
      meta: { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit Safari/605.1.15' },
    });
    const phone = await signedInCtx(user, org, {
      meta: { ip: '198.51.100.77', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1' },
    });
    const laptop = await signedInCtx(user, org, { meta: { userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0' } });

    const list = await listMySessions(here);
    expect(list).toHaveLength(3);
    expect(list.find((s) => s.current)?.device).toBe('Safari on macOS');
    expect(list.map((s) => s.device).sort()).toEqual(['Firefox on Windows', 'Safari on iOS', 'Safari on macOS']);
    expect(list.find((s) => s.device === 'Safari on iOS')?.ip).toBe('198.51.100.77');

    await revokeMySession(here, { sessionId: phone.session.sessionId });
    expect(await alive(phone.sessionToken)).toBe(false);
    expect(await alive(laptop.sessionToken)).toBe(true);

    const { revoked } = await revokeMyOtherSessions(here);
    expect(revoked).toBe(1);
    expect(await alive(laptop.sessionToken)).toBe(false);
    expect(await alive(here.sessionToken)).toBe(true);
    expect(await auditActions(org.id)).toEqual(expect.arrayContaining(['session.revoked', 'session.revoked_others']));
  });

  it("[R25] someone else's session id answers not found, and stays alive", async () => {
    const other = await createOrganization('Other Co');
    const mallory = await signedInCtx(await createUser({ organizationId: org.id }), org);
    const victim = await signedInCtx(await createUser({ organizationId: other.id }), other);
    const err = await revokeMySession(mallory, { sessionId: victim.session.sessionId }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NOT_FOUND');
    expect(await alive(victim.sessionToken)).toBe(true);
    expect((await listMySessions(mallory)).map((s) => s.id)).not.toContain(victim.session.sessionId);
  });
});

describe('re-authentication (sudo mode)', () => {
  it('[R23] sensitive changes need a password re-entered within 10 minutes', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    expect(() => assertRecentlyReauthenticated(ctx)).toThrow(AppError);
    const fresh = await signedInCtx(user, org, { reauthenticated: true });
    expect(() => assertRecentlyReauthenticated(fresh)).not.toThrow();
    expect(() => assertRecentlyReauthenticated(fresh, new Date(Date.now() + 11 * 60_000))).toThrow(/confirm it is you/);
  });

  it('[R18] re-authenticating rotates the session id and keeps the absolute limit', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    const before = await db().session.findUniqueOrThrow({ where: { id: ctx.session.sessionId } });
    const { sessionToken } = await reauthenticate(ctx, { password: TEST_PASSWORD });
    expect(sessionToken).not.toBe(ctx.sessionToken);
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'revoked' });
    const found = await resolveSession(sessionToken);
    if (!('session' in found)) throw new Error('rotated session should be alive');
    expect(found.session.reauthenticatedAt).not.toBeNull();
    expect(found.session.expiresAt.getTime()).toBe(before.expiresAt.getTime());
  });

  it('[R9] a wrong password is refused and repeated guesses are limited', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const err = (await reauthenticate(ctx, { password: `guess ${i} guess` }).catch((e: unknown) => e)) as AppError;
      codes.push(err.code);
    }
    expect(codes.slice(0, 5)).toEqual(['VALIDATION', 'VALIDATION', 'VALIDATION', 'VALIDATION', 'VALIDATION']);
    expect(codes[5]).toBe('RATE_LIMITED');
    expect(await auditActions(org.id)).toContain('auth.reauth.failed');
  });
});
