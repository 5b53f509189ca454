import { describe, expect, it } from 'vitest';
import { loadSessionContext } from '@/lib/auth/session-context';
import { resolveSession } from '@/lib/auth/sessions';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { db } from '@/lib/db';
import { changeMemberRole } from '@/lib/users/change-member-role';
import { deactivateMember } from '@/lib/users/deactivate-member';
import { getMember } from '@/lib/users/get-member';
import { listUsers } from '@/lib/users/list-users';
import { reactivateMember } from '@/lib/users/reactivate-member';
import { removeMember } from '@/lib/users/remove-member';
import { revokeMemberSessions } from '@/lib/users/revoke-member-sessions';
import { transferOwnership } from '@/lib/users/transfer-ownership';
import { anonymousCtx, createOrganization, createUser, signedInCtx, TEST_PASSWORD } from '@/tests/fixtures/factories';
import { auditEvents, customerWithAdmins, failure, liveCtx } from '@/tests/fixtures/users';

const alive = async (token: string) => 'session' in (await resolveSession(token));

describe('users list', () => {
  it('[R25] every member with account:read sees name, email, role, status, 2FA and last sign-in; search and filters work', async () => {
    const { org, owner, admin } = await customerWithAdmins('Listing Co');
    const member = await createUser({ organizationId: org.id, role: 'member', email: 'zoe.lister@example.test' });
    await db().user.update({
      where: { id: member.id },
      data: { name: 'Zoe Lister', lastSignInAt: new Date('2026-11-01T10:00:00Z') },
    });
    const memberCtx = await liveCtx(member, org);

    const all = await listUsers(memberCtx);
    expect(all.map((r) => r.kind === 'member' && r.email).sort()).toEqual(
      [admin.email, owner.email, member.email].sort(),
    );
    const zoe = all.find((r) => r.kind === 'member' && r.userId === member.id);
    expect(zoe).toMatchObject({
      name: 'Zoe Lister',
      roleLabel: 'Member',
      status: 'active',
      twoFactor: { enabled: false },
      lastSignInAt: '2026-11-01T10:00:00.000Z',
      isYou: true,
    });

    expect((await listUsers(memberCtx, { q: 'LISTER' })).map((r) => r.email)).toEqual([member.email]);
    expect((await listUsers(memberCtx, { role: 'owner' })).map((r) => r.email)).toEqual([owner.email]);
    expect(await listUsers(memberCtx, { status: 'deactivated' })).toEqual([]);
    expect(await listUsers(memberCtx, { status: 'invited' })).toEqual([]);
  });

  it('[R25] another organization\u2019s user id answers NOT_FOUND, for reading and for every change', async () => {
    const { adminCtx } = await customerWithAdmins('Home Co');
    const elsewhere = await createOrganization('Elsewhere Co');
    const stranger = await createUser({ organizationId: elsewhere.id, role: 'member' });
    const input = { userId: stranger.id };
    for (const attempt of [
      () => getMember(adminCtx, input),
      () => changeMemberRole(adminCtx, { ...input, role: 'admin' }),
      () => deactivateMember(adminCtx, input),
      () => reactivateMember(adminCtx, input),
      () => removeMember(adminCtx, input),
      () => revokeMemberSessions(adminCtx, input),
    ]) {
      // One at a time, each started only when awaited.
      expect((await failure(attempt())).code).toBe('NOT_FOUND');
    }
    expect(await db().membership.findFirstOrThrow({ where: { userId: stranger.id } })).toMatchObject({
      role: 'member',
      deactivatedAt: null,
    });
  });

  it('[R25] [R27] a member without users:manage is refused every change, and the refusal is audited', async () => {
    const { org, owner } = await customerWithAdmins('Plain Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const ctx = await liveCtx(member, org, { sudo: true });
    expect((await failure(changeMemberRole(ctx, { userId: owner.id, role: 'member' }))).code).toBe('FORBIDDEN');
    expect((await failure(deactivateMember(ctx, { userId: owner.id }))).code).toBe('FORBIDDEN');
    const denied = await auditEvents(org.id, 'access.denied');
    expect(denied.map((d) => (d.changes as { permission: string }).permission)).toEqual([
      'users:manage',
      'users:manage',
    ]);
  });
});

describe('changing roles', () => {
  it('[R20] a role change applies to an existing session on its very next request', async () => {
    const { org, adminCtx } = await customerWithAdmins('Next Request Co');
    const member = await createUser({ organizationId: org.id, role: 'admin' });
    const { sessionToken } = await signedInCtx(member, org);
    expect((await loadSessionContext(sessionToken))!.permissions.has('users:manage')).toBe(true);
    await changeMemberRole(adminCtx, { userId: member.id, role: 'member' });
    const next = await loadSessionContext(sessionToken);
    expect(next!.permissions.has('users:manage')).toBe(false);
    expect(next!.roleLabel).toBe('Member');
  });

  it('[R23] raising someone to Admin needs sudo; the admins are told (user.role_raised) and it is audited with before/after', async () => {
    const { org, owner, admin } = await customerWithAdmins('Raise Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const notSudo = await liveCtx(owner, org);
    expect((await failure(changeMemberRole(notSudo, { userId: member.id, role: 'admin' }))).code).toBe(
      'REAUTH_REQUIRED',
    );
    // Lowering someone needs no sudo.
    const other = await createUser({ organizationId: org.id, role: 'admin' });
    await changeMemberRole(notSudo, { userId: other.id, role: 'member' });

    const sudo = await liveCtx(owner, org, { sudo: true });
    expect(await changeMemberRole(sudo, { userId: member.id, role: 'admin' })).toEqual({
      userId: member.id,
      roleLabel: 'Admin',
      changed: true,
    });
    const [event] = (await auditEvents(org.id, 'user.role_changed')).slice(-1);
    expect(event!.changes).toMatchObject({
      before: { role: 'Member', permissions: ['account:read'] },
      after: { role: 'Admin' },
    });
    expect(event!.targetId).toBe(member.id);
    const notes = await db().notification.findMany({ where: { event: 'user.role_raised', organizationId: org.id } });
    // Every administrator, the newly raised one included.
    expect(notes.map((n) => n.userId).sort()).toEqual([owner.id, admin.id, member.id].sort());
  });

  it('[R25] [R27] nobody raises their own role, and an admin cannot hand out Owner', async () => {
    const { org, adminCtx, admin, owner } = await customerWithAdmins('Self Co');
    const self = await failure(changeMemberRole(adminCtx, { userId: admin.id, role: 'owner' }));
    expect(self.code).toBe('FORBIDDEN');
    expect(self.message).toMatch(/cannot raise your own role/);
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const owner2 = await failure(changeMemberRole(adminCtx, { userId: member.id, role: 'owner' }));
    expect(owner2.code).toBe('FORBIDDEN');
    // Nor change an owner, who has rights an admin lacks.
    expect((await failure(changeMemberRole(adminCtx, { userId: owner.id, role: 'member' }))).code).toBe('FORBIDDEN');
    const reasons = (await auditEvents(org.id, 'access.denied')).map((d) => (d.changes as { reason: string }).reason);
    expect(reasons).toEqual(['self-escalation', 'role above actor', 'target outranks actor']);
    // Lowering oneself is fine.
    await changeMemberRole(adminCtx, { userId: admin.id, role: 'member' });
  });

  it('the last owner cannot be demoted, deactivated or removed; a deactivated owner does not count; with a second owner they can', async () => {
    const { org, owner, ownerCtx } = await customerWithAdmins('Last Owner Co');
    const demote = await failure(changeMemberRole(ownerCtx, { userId: owner.id, role: 'admin' }));
    expect(demote.code).toBe('FORBIDDEN');
    expect(demote.message).toMatch(/only owner of Last Owner Co/);

    // A deactivated owner is no second owner.
    const dormant = await createUser({ organizationId: org.id, role: 'owner' });
    await db().membership.update({
      where: { userId_organizationId: { userId: dormant.id, organizationId: org.id } },
      data: { deactivatedAt: new Date() },
    });
    expect((await failure(changeMemberRole(ownerCtx, { userId: owner.id, role: 'member' }))).message).toMatch(
      /only owner/,
    );

    // An active second owner can demote, deactivate or remove the first one.
    const second = await createUser({ organizationId: org.id, role: 'owner' });
    const secondCtx = await liveCtx(second, org, { sudo: true });
    await changeMemberRole(secondCtx, { userId: owner.id, role: 'admin' });
    // Now the second is the last active owner: they cannot step down, and nobody can remove them.
    expect((await failure(changeMemberRole(secondCtx, { userId: second.id, role: 'admin' }))).message).toMatch(
      /only owner/,
    );
    const thirdOwner = await createUser({ organizationId: org.id, role: 'owner' });
    const thirdCtx = await liveCtx(thirdOwner, org, { sudo: true });
    await deactivateMember(thirdCtx, { userId: second.id });
    expect((await failure(removeMember(thirdCtx, { userId: thirdOwner.id }))).message).toMatch(/yourself/);
    const reasons = (await auditEvents(org.id, 'access.denied')).map((d) => (d.changes as { reason: string }).reason);
    expect(reasons.filter((r) => r === 'last owner')).toHaveLength(3);
    expect(await db().membership.count({ where: { organizationId: org.id, role: 'owner', deactivatedAt: null } })).toBe(
      1,
    );
  });

  it('two owners demoting each other at once leave one owner (the check is serialised)', async () => {
    const { org, owner, ownerCtx } = await customerWithAdmins('Race Co');
    const owner2 = await createUser({ organizationId: org.id, role: 'owner' });
    const owner2Ctx = await liveCtx(owner2, org, { sudo: true });
    const results = await Promise.allSettled([
      changeMemberRole(ownerCtx, { userId: owner2.id, role: 'admin' }),
      changeMemberRole(owner2Ctx, { userId: owner.id, role: 'admin' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db().membership.count({ where: { organizationId: org.id, role: 'owner' } })).toBe(1);
  });

  it('[R23] ownership is transferred by an owner in sudo mode: the new owner is Owner, the old one Admin', async () => {
    const { org, owner, admin } = await customerWithAdmins('Transfer Co');
    const notSudo = await liveCtx(owner, org);
    expect((await failure(transferOwnership(notSudo, { userId: admin.id }))).code).toBe('REAUTH_REQUIRED');
    const adminOnly = await liveCtx(admin, org, { sudo: true });
    expect((await failure(transferOwnership(adminOnly, { userId: admin.id }))).code).toBe('FORBIDDEN');
    await transferOwnership(await liveCtx(owner, org, { sudo: true }), { userId: admin.id });
    const roles = await db().membership.findMany({
      where: { organizationId: org.id },
      select: { userId: true, role: true },
    });
    expect(roles).toEqual(
      expect.arrayContaining([
        { userId: admin.id, role: 'owner' },
        { userId: owner.id, role: 'admin' },
      ]),
    );
    expect(await auditEvents(org.id, 'user.ownership_transferred')).toHaveLength(1);
    // And it applies at once to the former owner's session.
    expect((await loadSessionContext(notSudo.sessionToken))!.role).toBe('admin');
  });
});

describe('deactivating and removing', () => {
  it('[R20] deactivating ends every session at once; sign-in then says "deactivated"; reactivating restores access', async () => {
    const { org, adminCtx } = await customerWithAdmins('Deactivate Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const a = await signedInCtx(member, org);
    const b = await signedInCtx(member, org);
    expect(await deactivateMember(adminCtx, { userId: member.id })).toEqual({ sessionsEnded: 2 });
    expect(await alive(a.sessionToken)).toBe(false);
    expect(await alive(b.sessionToken)).toBe(false);
    const signIn = await failure(
      signInWithPassword(anonymousCtx({ ip: '198.51.100.40' }), { email: member.email, password: TEST_PASSWORD }),
    );
    expect(signIn.code).toBe('ACCOUNT_DISABLED');
    expect(signIn.message).toMatch(/deactivated/);
    expect((await listUsers(adminCtx, { status: 'deactivated' })).map((r) => r.email)).toEqual([member.email]);

    await reactivateMember(adminCtx, { userId: member.id });
    await expect(
      signInWithPassword(anonymousCtx({ ip: '198.51.100.41' }), { email: member.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ next: 'complete' });
    expect((await auditEvents(org.id, 'user.deactivated'))[0]!.changes).toMatchObject({
      before: { status: 'active' },
      after: { status: 'deactivated' },
      sessionsEnded: 2,
    });
    expect(await auditEvents(org.id, 'user.reactivated')).toHaveLength(1);
  });

  it('[R20] deactivating in one organization leaves the person\u2019s other organization alone', async () => {
    const { org, adminCtx } = await customerWithAdmins('First Co');
    const second = await createOrganization('Second Co');
    const person = await createUser({ organizationId: org.id, role: 'member' });
    await db().membership.create({ data: { userId: person.id, organizationId: second.id, role: 'member' } });
    const here = await signedInCtx(person, org);
    const there = await signedInCtx(person, second);
    await deactivateMember(adminCtx, { userId: person.id });
    expect(await alive(here.sessionToken)).toBe(false);
    expect(await alive(there.sessionToken)).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: person.id } })).status).toBe('ACTIVE');
  });

  it('sign-in lands in an organization where the person is still active', async () => {
    const { org, adminCtx } = await customerWithAdmins('Old Home Co');
    const newer = await createOrganization('New Home Co');
    const person = await createUser({ organizationId: org.id, role: 'member' });
    await db().membership.create({ data: { userId: person.id, organizationId: newer.id, role: 'member' } });
    await deactivateMember(adminCtx, { userId: person.id });
    const step = await signInWithPassword(anonymousCtx({ ip: '198.51.100.42' }), {
      email: person.email,
      password: TEST_PASSWORD,
    });
    const ticket = await db().signInTicket.findFirstOrThrow({
      where: { userId: person.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(step.next).toBe('complete');
    expect(ticket.organizationId).toBe(newer.id);
  });

  it('[R20] removing a member ends their sessions; an account with no organization left is deleted', async () => {
    const { org, adminCtx } = await customerWithAdmins('Remove Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const s = await signedInCtx(member, org);
    expect(await removeMember(adminCtx, { userId: member.id })).toEqual({ accountDeleted: true });
    expect(await alive(s.sessionToken)).toBe(false);
    expect(await db().user.findUnique({ where: { id: member.id } })).toBeNull();
    expect((await auditEvents(org.id, 'user.removed'))[0]!.changes).toMatchObject({
      before: { email: member.email, role: 'Member' },
      accountDeleted: true,
    });
    expect((await failure(getMember(adminCtx, { userId: member.id }))).code).toBe('NOT_FOUND');
  });

  it('[R21] an admin ends all of a member\u2019s sessions; the member\u2019s cookies stop working', async () => {
    const { org, adminCtx } = await customerWithAdmins('Sessions Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const s1 = await signedInCtx(member, org);
    const s2 = await signedInCtx(member, org);
    expect((await getMember(adminCtx, { userId: member.id })).activeSessions).toBe(2);
    expect(await revokeMemberSessions(adminCtx, { userId: member.id })).toEqual({ revoked: 2 });
    expect(await alive(s1.sessionToken)).toBe(false);
    expect(await alive(s2.sessionToken)).toBe(false);
    expect(await auditEvents(org.id, 'user.sessions_revoked')).toHaveLength(1);
  });

  it('nobody deactivates or removes themselves from the console', async () => {
    const { adminCtx, admin } = await customerWithAdmins('Myself Co');
    expect((await failure(deactivateMember(adminCtx, { userId: admin.id }))).message).toMatch(/yourself/);
    expect((await failure(removeMember(adminCtx, { userId: admin.id }))).message).toMatch(/yourself/);
  });
});
