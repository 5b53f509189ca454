import { afterEach, describe, expect, it } from 'vitest';
import { redeemSignInTicket } from '@/lib/auth/sign-in-ticket';
import { loadSessionContext } from '@/lib/auth/session-context';
import { sha256Hex } from '@/lib/auth/tokens';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { POLICIES } from '@/lib/security/rate-limit';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { getInvitation } from '@/lib/users/get-invitation';
import { inviteUser } from '@/lib/users/invite-user';
import { listUsers } from '@/lib/users/list-users';
import { resendInvitation } from '@/lib/users/resend-invitation';
import { revokeInvitation } from '@/lib/users/revoke-invitation';
import { anonymousCtx, createOrganization, createUser, outboxFor, signedInCtx } from '@/tests/fixtures/factories';
import { auditEvents, customerWithAdmins, failure, liveCtx } from '@/tests/fixtures/users';

const PASSWORD = 'a long and unusual passphrase 2026';
let ipCounter = 10;
/** A fresh client address per attempt, so the R9 limit does not interfere with unrelated cases. */
const visitor = () => anonymousCtx({ ip: `192.0.2.${ipCounter++}` });

function tokenFrom(text: string): string {
  const match = /\/invitation\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no invitation link in: ${text}`);
  return match[1]!;
}

async function lastInvitationToken(email: string): Promise<string> {
  const mails = await outboxFor(email);
  return tokenFrom(mails.at(-1)!.text);
}

afterEach(() => {
  delete process.env.INVITATION_EXPIRY_DAYS;
  resetConfigForTests();
});

describe('inviting', () => {
  it('emails a single-use link saying who invited whom to what; only the token hash is stored; audited', async () => {
    const { org, admin, adminCtx } = await customerWithAdmins('Invite Co');
    const result = await inviteUser(adminCtx, { email: 'new.person@example.test', role: 'member' });
    expect(result).toMatchObject({ email: 'new.person@example.test', roleLabel: 'Member' });
    const [mail] = await outboxFor('new.person@example.test');
    expect(mail!.subject).toBe(`${admin.name} invited you to Invite Co on Acme Mail`);
    expect(mail!.text).toContain(
      `${admin.name} (${admin.email}) invited you to join Invite Co on the Acme Mail Trust Center as Member.`,
    );
    const token = tokenFrom(mail!.text);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits
    const row = await db().invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(row.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // 7 days by default.
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(7);
    const [event] = await auditEvents(org.id, 'user.invited');
    expect(event!.changes).toMatchObject({ after: { email: 'new.person@example.test', role: 'Member' } });
    expect(JSON.stringify({ ...event, seq: String(event!.seq) })).not.toContain(token);
    // Listed as invited.
    expect((await listUsers(adminCtx, { status: 'invited' })).map((r) => [r.email, r.status])).toEqual([
      ['new.person@example.test', 'invited'],
    ]);
  });

  it('the expiry is configurable (INVITATION_EXPIRY_DAYS)', async () => {
    process.env.INVITATION_EXPIRY_DAYS = '2';
    resetConfigForTests();
    const { adminCtx } = await customerWithAdmins('Short Co');
    const { invitationId } = await inviteUser(adminCtx, { email: 'short@example.test', role: 'member' });
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(2);
  });

  it('[R23] [R25] inviting as Admin needs sudo; an admin cannot invite an Owner; members are refused; an existing member or a pending invitation is a clear field error', async () => {
    const { org, admin, adminCtx } = await customerWithAdmins('Rules Co');
    const plainAdmin = await liveCtx(admin, org);
    expect((await failure(inviteUser(plainAdmin, { email: 'boss@example.test', role: 'admin' }))).code).toBe(
      'REAUTH_REQUIRED',
    );
    expect((await failure(inviteUser(adminCtx, { email: 'boss@example.test', role: 'owner' }))).code).toBe('FORBIDDEN');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    expect(
      (await failure(inviteUser(await liveCtx(member, org), { email: 'x@example.test', role: 'member' }))).code,
    ).toBe('FORBIDDEN');
    const dup = await failure(inviteUser(adminCtx, { email: member.email, role: 'member' }));
    expect(dup.fieldErrors?.email).toEqual(['Already a member of this organization.']);
    await inviteUser(adminCtx, { email: 'twice@example.test', role: 'member' });
    expect(
      (await failure(inviteUser(adminCtx, { email: 'twice@example.test', role: 'member' }))).fieldErrors?.email?.[0],
    ).toMatch(/resend/);
  });

  it('[R25] resend and revoke answer NOT_FOUND for another organization\u2019s invitation', async () => {
    const a = await customerWithAdmins('A Co');
    const b = await customerWithAdmins('B Co');
    const { invitationId } = await inviteUser(a.adminCtx, { email: 'only-a@example.test', role: 'member' });
    expect((await failure(resendInvitation(b.adminCtx, { invitationId }))).code).toBe('NOT_FOUND');
    expect((await failure(revokeInvitation(b.adminCtx, { invitationId }))).code).toBe('NOT_FOUND');
    expect(await db().invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      revokedAt: null,
      sendCount: 1,
    });
  });
});

describe('accepting', () => {
  it('[R18] creates the account with a policy-checked password, joins with the invited role, signs in, and tells the admins', async () => {
    const { org, owner, adminCtx } = await customerWithAdmins('Welcome Co');
    await inviteUser(adminCtx, { email: 'joiner@example.test', role: 'member' });
    const token = await lastInvitationToken('joiner@example.test');

    const view = await getInvitation(visitor(), { token });
    expect(view).toMatchObject({
      state: 'open',
      organizationName: 'Welcome Co',
      email: 'joiner@example.test',
      roleLabel: 'Member',
      accountExists: false,
    });

    const weak = await failure(acceptInvitation(visitor(), { token, name: 'Jo Iner', newPassword: 'short' }));
    expect(weak.fieldErrors?.newPassword?.[0]).toMatch(/at least 12 characters/);
    // A refused password does not burn the link.
    const ok = await acceptInvitation(visitor(), { token, name: 'Jo Iner', newPassword: PASSWORD });
    expect(ok).toMatchObject({ joined: 'Welcome Co', next: '/account?welcome=1' });
    const redeemed = await redeemSignInTicket((ok as { ticket: string }).ticket);
    const ctx = await loadSessionContext(redeemed!.sessionToken);
    expect(ctx).toMatchObject({
      user: { email: 'joiner@example.test', name: 'Jo Iner' },
      organization: { id: org.id },
      role: 'member',
    });

    const user = await db().user.findUniqueOrThrow({ where: { email: 'joiner@example.test' } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [event] = await auditEvents(org.id, 'user.invitation_accepted');
    expect(event).toMatchObject({ actorId: user.id, targetId: user.id });
    const notes = await db().notification.findMany({ where: { event: 'user.access_granted', organizationId: org.id } });
    expect(notes.map((n) => n.userId)).toContain(owner.id);
    expect(notes[0]!.body).toContain('Jo Iner (joiner@example.test) joined Welcome Co as Member.');
    expect(await listUsers(adminCtx, { status: 'invited' })).toEqual([]);
  });

  it('[R7] [R9] the link works once, also when two requests race', async () => {
    const { adminCtx } = await customerWithAdmins('Once Co');
    await inviteUser(adminCtx, { email: 'once@example.test', role: 'member' });
    const token = await lastInvitationToken('once@example.test');
    const results = await Promise.allSettled([
      acceptInvitation(visitor(), { token, name: 'One', newPassword: PASSWORD }),
      acceptInvitation(visitor(), { token, name: 'Two', newPassword: PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const again = await failure(acceptInvitation(visitor(), { token, name: 'Three', newPassword: PASSWORD }));
    expect(again.message).toMatch(/invalid, expired or already used/);
    expect(await getInvitation(visitor(), { token })).toEqual({ state: 'invalid' });
    expect(await db().user.count({ where: { email: 'once@example.test' } })).toBe(1);
  });

  it('[R7] an expired link is refused; resending gives a fresh link and voids the old one; a revoked link is refused', async () => {
    const { adminCtx } = await customerWithAdmins('Expiry Co');
    const { invitationId } = await inviteUser(adminCtx, { email: 'late@example.test', role: 'member' });
    const first = await lastInvitationToken('late@example.test');
    await db().invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(
      (await failure(acceptInvitation(visitor(), { token: first, name: 'Late', newPassword: PASSWORD }))).code,
    ).toBe('VALIDATION');
    expect((await listUsers(adminCtx, { status: 'invited' }))[0]).toMatchObject({ expired: true });

    await resendInvitation(adminCtx, { invitationId });
    const second = await lastInvitationToken('late@example.test');
    expect(second).not.toBe(first);
    expect(await getInvitation(visitor(), { token: first })).toEqual({ state: 'invalid' });
    expect(await getInvitation(visitor(), { token: second })).toMatchObject({ state: 'open' });
    expect(
      await auditEvents(
        (await db().invitation.findUniqueOrThrow({ where: { id: invitationId } })).organizationId,
        'user.invitation_resent',
      ),
    ).toHaveLength(1);

    await revokeInvitation(adminCtx, { invitationId });
    expect(
      (await failure(acceptInvitation(visitor(), { token: second, name: 'Late', newPassword: PASSWORD }))).code,
    ).toBe('VALIDATION');
  });

  it('an existing account joins after signing in as the invited email; the session moves to the new organization', async () => {
    const { org, adminCtx } = await customerWithAdmins('Second Home Co');
    const home = await createOrganization('First Home Co');
    const person = await createUser({ organizationId: home.id, role: 'member', email: 'consultant@example.test' });
    await inviteUser(adminCtx, { email: 'consultant@example.test', role: 'member' });
    const token = await lastInvitationToken('consultant@example.test');
    expect(await getInvitation(visitor(), { token })).toMatchObject({ state: 'open', accountExists: true });

    // Not signed in: creating a second account for the same email is refused.
    expect((await failure(acceptInvitation(visitor(), { token, name: 'Dup', newPassword: PASSWORD }))).code).toBe(
      'CONFLICT',
    );
    // Signed in as somebody else: refused, and the link survives.
    const other = await createUser({ organizationId: home.id, role: 'member' });
    const wrong = await failure(acceptInvitation(await signedInCtx(other, home), { token }));
    expect(wrong.message).toMatch(/This invitation is for consultant@example.test/);

    const ctx = await signedInCtx(person, home);
    const result = await acceptInvitation(ctx, { token });
    expect(result).toMatchObject({ joined: 'Second Home Co', next: '/account' });
    const moved = await loadSessionContext((result as { sessionToken: string }).sessionToken);
    expect(moved).toMatchObject({ organization: { id: org.id }, role: 'member' });
    // The old session id was replaced (R18).
    expect(await loadSessionContext(ctx.sessionToken)).toBeNull();
    expect(await db().membership.count({ where: { userId: person.id } })).toBe(2);
  });

  it('[R9] wrong tokens and accept attempts are rate limited per address', async () => {
    const ctx = anonymousCtx({ ip: '198.51.100.99' });
    for (let i = 0; i < POLICIES.invitationAcceptPerIp.points; i++) {
      await acceptInvitation(ctx, {
        token: `not-a-real-token-${i}-xxxxxxxxxxxx`,
        name: 'X',
        newPassword: PASSWORD,
      }).catch(() => {});
    }
    const limited = await failure(
      acceptInvitation(ctx, { token: 'not-a-real-token-final-xxxxxxxxxxx', name: 'X', newPassword: PASSWORD }),
    );
    expect(limited.code).toBe('RATE_LIMITED');
    expect(await getInvitation(ctx, { token: 'whatever-token-xxxxxxxxxxxxxxxxxxx' })).toEqual({
      state: 'rate-limited',
    });
  });

  it('a new member of an organization that requires two-factor authentication is sent to enrolment', async () => {
    const { org, adminCtx } = await customerWithAdmins('Strict Co');
    await db().organization.update({
      where: { id: org.id },
      data: { mfaRequired: true, mfaRequiredSince: new Date() },
    });
    await inviteUser(adminCtx, { email: 'strict@example.test', role: 'member' });
    const token = await lastInvitationToken('strict@example.test');
    expect(await acceptInvitation(visitor(), { token, name: 'Strict', newPassword: PASSWORD })).toMatchObject({
      next: '/two-factor/setup?next=%2Faccount',
    });
  });

  it('joining as an administrator tells the admins that someone got administrative rights', async () => {
    const { org, ownerCtx } = await customerWithAdmins('Admin Join Co');
    await inviteUser(ownerCtx, { email: 'new.admin@example.test', role: 'admin' });
    const token = await lastInvitationToken('new.admin@example.test');
    await acceptInvitation(visitor(), { token, name: 'New Admin', newPassword: PASSWORD });
    expect(
      await db().notification.count({ where: { organizationId: org.id, event: 'user.role_raised' } }),
    ).toBeGreaterThan(0);
  });
});
