import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertCan, assertNotReadOnlySupportSession, can } from '@/lib/access/can';
import { reauthenticate } from '@/lib/auth/reauthenticate';
import { loadSessionContext } from '@/lib/auth/session-context';
import { resolveSession } from '@/lib/auth/sessions';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { createRole } from '@/lib/roles/create-role';
import { grantSupportAccess } from '@/lib/support-access/grant-support-access';
import { leaveSupportSession } from '@/lib/support-access/leave-support-session';
import { listMySupportGrants } from '@/lib/support-access/list-my-support-grants';
import { listSupportGrants } from '@/lib/support-access/list-support-grants';
import { openSupportSession } from '@/lib/support-access/open-support-session';
import { revokeSupportGrant } from '@/lib/support-access/revoke-support-grant';
import { changeMemberRole } from '@/lib/users/change-member-role';
import { getMember } from '@/lib/users/get-member';
import { listUsers } from '@/lib/users/list-users';
import { createUser, outboxFor, TEST_PASSWORD } from '@/tests/fixtures/factories';
import {
  auditEvents,
  contextOf,
  customerWithAdmins,
  failure,
  liveCtx,
  vendorWithStaff,
  type LiveCtx,
  type Org,
  type TestUser,
} from '@/tests/fixtures/users';

let vendor: Org;
let staff: TestUser;
let otherStaff: TestUser;
beforeAll(async () => {
  ({ vendor, staff, otherStaff } = await vendorWithStaff());
});
afterEach(() => {
  delete process.env.SUPPORT_GRANT_MIN_MINUTES;
  resetConfigForTests();
});

const readOnlyFor = (minutes = 120) =>
  ({
    grantee: 'team',
    scope: 'read-only',
    reason: 'Ticket #4711: mail not delivered',
    durationMinutes: minutes,
  }) as const;

/** The staff member opens the grant: the context of the new support session. */
async function openAs(user: TestUser, grantId: string): Promise<LiveCtx> {
  const home = await liveCtx(user, vendor);
  const { sessionToken } = await openSupportSession(home, { grantId });
  return contextOf(sessionToken);
}

describe('support access', () => {
  it('[R25] vendor staff see no customer organization by default', async () => {
    const { org } = await customerWithAdmins('Private Co');
    const ctx = await liveCtx(staff, vendor);
    expect((await listMySupportGrants(ctx)).filter((g) => g.organizationName === 'Private Co')).toEqual([]);
    // A made-up or guessed grant id opens nothing.
    expect((await failure(openSupportSession(ctx, { grantId: crypto.randomUUID() }))).code).toBe('NOT_FOUND');
    // Staff context is the vendor's, never the customer's.
    expect(ctx.session.organization?.id).toBe(vendor.id);
    expect(ctx.session.organization?.id).not.toBe(org.id);
  });

  it('[R23] a customer admin grants read-only access in sudo mode, for 1 hour to 30 days, with a reason; the admins are told', async () => {
    const { org, admin, owner, adminCtx } = await customerWithAdmins('Grant Co');
    const plain = await liveCtx(admin, org);
    expect((await failure(grantSupportAccess(plain, readOnlyFor()))).code).toBe('REAUTH_REQUIRED');
    expect((await failure(grantSupportAccess(adminCtx, readOnlyFor(59)))).fieldErrors?.durationMinutes?.[0]).toBe(
      'Access lasts between 1 hour and 30 days.',
    );
    expect((await failure(grantSupportAccess(adminCtx, readOnlyFor(30 * 1440 + 1)))).code).toBe('VALIDATION');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor(60));
    expect(grant.reference).toMatch(/^SG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const row = await db().supportGrant.findUniqueOrThrow({ where: { id: grant.id } });
    expect(row).toMatchObject({
      readOnly: true,
      scopeLabel: 'Read-only',
      permissions: ['account:read', 'audit:read'],
      granteeUserId: null,
    });
    expect((await auditEvents(org.id, 'support_access.granted'))[0]!.changes).toMatchObject({
      after: { scope: 'Read-only', reason: 'Ticket #4711: mail not delivered' },
    });
    const notes = await db().notification.findMany({
      where: { organizationId: org.id, event: 'support_access.granted' },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([owner.id, admin.id].sort());
    expect((await outboxFor(owner.email)).at(-1)!.subject).toBe(
      `Support access to Grant Co granted (${grant.reference})`,
    );
    // Every member sees the grants.
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const seen = await listSupportGrants(await liveCtx(member, org));
    expect(seen.grants).toMatchObject([
      { reference: grant.reference, state: 'active', grantee: 'Vendor Co support team' },
    ]);
    expect(seen.staff).toEqual([]);
    // Members cannot grant.
    expect((await failure(grantSupportAccess(await liveCtx(member, org, { sudo: true }), readOnlyFor()))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('the duration bounds are configurable', async () => {
    process.env.SUPPORT_GRANT_MIN_MINUTES = '1';
    resetConfigForTests();
    const { adminCtx } = await customerWithAdmins('Short Grant Co');
    await expect(grantSupportAccess(adminCtx, readOnlyFor(1))).resolves.toMatchObject({
      reference: expect.any(String),
    });
  });

  it('[R18] [R27] staff open the account in a marked support session: banner facts in the context, every action audited as VENDOR_STAFF under the grant, first use notified once', async () => {
    const { org, owner, adminCtx } = await customerWithAdmins('Support Co');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor());
    const home = await liveCtx(staff, vendor);
    const mine = (await listMySupportGrants(home)).filter((g) => g.organizationName === 'Support Co');
    expect(mine.map((g) => [g.reference, g.scopeLabel, g.reason])).toEqual([
      [grant.reference, 'Read-only', 'Ticket #4711: mail not delivered'],
    ]);

    const { sessionToken, organizationName } = await openSupportSession(home, { grantId: grant.id });
    expect(organizationName).toBe('Support Co');
    expect(await loadSessionContext(home.sessionToken)).toBeNull(); // a new session id
    const ctx = await contextOf(sessionToken);
    expect(ctx.session.organization?.id).toBe(org.id);
    expect(ctx.session.supportGrant).toMatchObject({
      reference: grant.reference,
      organizationName: 'Support Co',
      scopeLabel: 'Read-only',
      readOnly: true,
    });
    expect(ctx.session.supportGrant!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 100 * 60_000);
    // The support session itself ends no later than the grant.
    const row = await db().session.findUniqueOrThrow({ where: { id: ctx.session.sessionId } });
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(ctx.session.supportGrant!.expiresAt.getTime());

    // Staff can look.
    expect((await listUsers(ctx)).map((r) => r.email)).toContain(owner.email);
    const [opened] = await auditEvents(org.id, 'support_access.opened');
    expect(opened).toMatchObject({
      actorType: 'VENDOR_STAFF',
      actorId: staff.id,
      actorLabel: `${staff.email} (vendor staff under grant ${grant.reference})`,
    });
    expect(await auditEvents(vendor.id, 'support_access.opened')).toHaveLength(1);

    // First use is notified once, not on every opening.
    await openAs(staff, grant.id);
    expect(await db().notification.count({ where: { organizationId: org.id, event: 'support_access.used' } })).toBe(2); // owner + admin, once
    expect((await db().supportGrant.findUniqueOrThrow({ where: { id: grant.id } })).firstUsedAt).not.toBeNull();
  });

  it('[R25] [R27] a read-only grant refuses every change, centrally, and the refusals are audited as vendor staff', async () => {
    const { org, admin, adminCtx } = await customerWithAdmins('Read Only Co');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor());
    const ctx = await openAs(staff, grant.id);
    // Even if a permission set somehow held a change permission, can() refuses it in a read-only session.
    const forged = {
      ...ctx,
      session: { ...ctx.session, permissions: new Set([...ctx.session.permissions, 'users:manage' as const]) },
    };
    expect(can(forged, 'users:manage')).toBe(false);
    expect(can(ctx, 'account:read')).toBe(true);
    const err = await failure(changeMemberRole(ctx, { userId: admin.id, role: 'member' }));
    expect(err.code).toBe('FORBIDDEN');
    await expect(assertCan(ctx, 'support-access:manage')).rejects.toThrow();
    // Signed-in actions (the staff member's own settings) are refused too, by the action factory's check.
    expect((await failure(assertNotReadOnlySupportSession(ctx))).message).toMatch(/read-only support session/);
    const denied = await auditEvents(org.id, 'access.denied');
    expect(denied.every((d) => d.actorType === 'VENDOR_STAFF' && d.actorLabel!.includes(grant.reference))).toBe(true);
    expect(denied).toHaveLength(3);
    expect(await db().membership.findFirstOrThrow({ where: { userId: admin.id } })).toMatchObject({ role: 'admin' });
  });

  it('a grant with a role lets staff act with that role, never grant support access, and each change is audited under the grant', async () => {
    const { org, adminCtx } = await customerWithAdmins('Role Grant Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const grant = await grantSupportAccess(adminCtx, { ...readOnlyFor(), scope: 'admin' });
    const ctx = await contextOf(
      (await openSupportSession(await liveCtx(staff, vendor, { sudo: true }), { grantId: grant.id })).sessionToken,
    );
    expect(ctx.session.permissions.has('users:manage')).toBe(true);
    expect(ctx.session.permissions.has('support-access:manage')).toBe(false);
    await changeMemberRole(ctx, { userId: member.id, role: 'member' }).catch(() => {});
    expect(await getMember(ctx, { userId: member.id })).toMatchObject({ roleLabel: 'Member' });
    const owner = await failure(grantSupportAccess(adminCtx, { ...readOnlyFor(), scope: 'owner' }));
    expect(owner.fieldErrors?.scope?.[0]).toMatch(/Owner/);
    // A role-scoped grant names the role.
    expect((await db().supportGrant.findUniqueOrThrow({ where: { id: grant.id } })).scopeLabel).toBe('Admin');
    // Sudo mode inside a support session keeps it a support session (new id, same grant).
    const { sessionToken } = await reauthenticate(ctx, { password: TEST_PASSWORD });
    expect(await loadSessionContext(sessionToken)).toMatchObject({
      organization: { id: org.id },
      supportGrant: { reference: grant.reference },
    });
  });

  it('[R20] a revoked grant stops the staff session on its next request (and at once for open sessions)', async () => {
    const { org, adminCtx } = await customerWithAdmins('Revoke Co');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor());
    const ctx = await openAs(staff, grant.id);
    expect(await revokeSupportGrant(adminCtx, { grantId: grant.id })).toEqual({ sessionsEnded: 1 });
    expect(await loadSessionContext(ctx.sessionToken)).toBeNull();
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'revoked' });
    expect((await listSupportGrants(adminCtx)).grants[0]).toMatchObject({ state: 'revoked' });
    expect((await listMySupportGrants(await liveCtx(staff, vendor))).map((g) => g.id)).not.toContain(grant.id);
    expect(await auditEvents(org.id, 'support_access.revoked')).toHaveLength(1);
  });

  it('[R20] an expired grant stops the staff session on its next request, and the end is audited', async () => {
    const { org, adminCtx } = await customerWithAdmins('Expire Co');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor());
    const ctx = await openAs(staff, grant.id);
    expect(await loadSessionContext(ctx.sessionToken)).not.toBeNull();
    await db().supportGrant.update({ where: { id: grant.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadSessionContext(ctx.sessionToken)).toBeNull();
    expect(await resolveSession(ctx.sessionToken)).toEqual({ ended: 'revoked' });
    const [ended] = await auditEvents(org.id, 'support_access.session_ended');
    expect(ended!.changes).toMatchObject({ grantId: grant.id, reason: 'expired' });
    expect((await failure(openSupportSession(await liveCtx(staff, vendor), { grantId: grant.id }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('[R20] staff who lose support:act lose their support sessions on the next request', async () => {
    const { adminCtx } = await customerWithAdmins('Demoted Staff Co');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor());
    const ctx = await openAs(otherStaff, grant.id);
    await db().membership.update({
      where: { userId_organizationId: { userId: otherStaff.id, organizationId: vendor.id } },
      data: { role: 'member' },
    });
    expect(await loadSessionContext(ctx.sessionToken)).toBeNull();
    await db().membership.update({
      where: { userId_organizationId: { userId: otherStaff.id, organizationId: vendor.id } },
      data: { role: 'support' },
    });
  });

  it('[R25] a grant named to one staff member is invisible and unusable for the others; another organization\u2019s grant id answers NOT_FOUND', async () => {
    const a = await customerWithAdmins('Named A Co');
    const b = await customerWithAdmins('Named B Co');
    const named = await grantSupportAccess(a.adminCtx, { ...readOnlyFor(), grantee: staff.id });
    expect((await listSupportGrants(a.adminCtx)).grants[0]!.grantee).toBe(`${staff.name} (${staff.email})`);
    expect((await listMySupportGrants(await liveCtx(otherStaff, vendor))).map((g) => g.id)).not.toContain(named.id);
    expect((await listMySupportGrants(await liveCtx(staff, vendor))).find((g) => g.id === named.id)).toMatchObject({
      personal: true,
    });
    expect((await failure(openSupportSession(await liveCtx(otherStaff, vendor), { grantId: named.id }))).code).toBe(
      'NOT_FOUND',
    );
    await expect(openAs(staff, named.id)).resolves.toBeTruthy();
    // The other customer can neither see nor revoke it.
    expect((await listSupportGrants(b.adminCtx)).grants).toEqual([]);
    expect((await failure(revokeSupportGrant(b.adminCtx, { grantId: named.id }))).code).toBe('NOT_FOUND');
    // Someone who is not support staff cannot be named.
    const outsider = await createUser({ organizationId: b.org.id, role: 'member' });
    expect((await failure(grantSupportAccess(a.adminCtx, { ...readOnlyFor(), grantee: outsider.id }))).code).toBe(
      'NOT_FOUND',
    );
    // A custom role of another organization cannot be the scope.
    const roleOfB = await createRole(b.ownerCtx, { name: 'B role', description: '', permissions: ['account:read'] });
    expect((await failure(grantSupportAccess(a.adminCtx, { ...readOnlyFor(), scope: roleOfB.ref }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('[R18] staff leave the support session back to their own organization with a new session id', async () => {
    const { org, adminCtx } = await customerWithAdmins('Leave Co');
    const grant = await grantSupportAccess(adminCtx, readOnlyFor());
    const ctx = await openAs(staff, grant.id);
    const { sessionToken } = await leaveSupportSession(ctx);
    expect(await loadSessionContext(ctx.sessionToken)).toBeNull();
    const back = await loadSessionContext(sessionToken);
    expect(back).toMatchObject({ organization: { id: vendor.id }, supportGrant: null });
    expect(await auditEvents(org.id, 'support_access.left')).toHaveLength(1);
  });

  it('vendor organizations do not grant support access', async () => {
    const owner = await createUser({ organizationId: vendor.id, role: 'owner' });
    const err = await failure(grantSupportAccess(await liveCtx(owner, vendor, { sudo: true }), readOnlyFor()));
    expect(err.message).toMatch(/Only customer organizations/);
  });
});
