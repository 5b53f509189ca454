import { describe, expect, it } from 'vitest';
import { assertCan, can } from '@/lib/access/can';
import { PERMISSION_GUIDE } from '@/lib/access/permission-guide';
import { PERMISSIONS, type Permission } from '@/lib/access/permissions';
import { loadSessionContext } from '@/lib/auth/session-context';
import { db } from '@/lib/db';
import { organizationAdmins } from '@/lib/notifications/notify';
import { createRole } from '@/lib/roles/create-role';
import { deleteRole } from '@/lib/roles/delete-role';
import { getRole } from '@/lib/roles/get-role';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { listRoles } from '@/lib/roles/list-roles';
import { updateRole } from '@/lib/roles/update-role';
import { changeMemberRole } from '@/lib/users/change-member-role';
import { ZCreateRoleSchema } from '@/lib/validation/roles';
import { inviteUser } from '@/lib/users/invite-user';
import { createOrganization, createUser, signedInCtx } from '@/tests/fixtures/factories';
import { auditEvents, customerWithAdmins, failure, liveCtx } from '@/tests/fixtures/users';

describe('the permission catalogue', () => {
  it('documents every permission in plain language, and classes each as read or change', () => {
    for (const key of Object.keys(PERMISSIONS) as Permission[]) {
      expect(PERMISSION_GUIDE[key].title.length, key).toBeGreaterThan(3);
      expect(PERMISSION_GUIDE[key].description, key).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('customers see the account permissions only; every member sees the roles page', async () => {
    const { org } = await customerWithAdmins('Catalogue Co');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const overview = await listRoles(await liveCtx(member, org));
    expect(overview.catalogue.map((p) => p.key)).not.toContain('content:edit');
    expect(overview.roles.filter((r) => r.builtIn).map((r) => r.name)).toEqual(['Owner', 'Admin', 'Member']);
    expect(overview.roles.find((r) => r.name === 'Member')).toMatchObject({ members: 1 });
  });
});

describe('custom roles', () => {
  it('a form post names each permission as its own checkbox; the schema gathers them', () => {
    const parsed = ZCreateRoleSchema.safeParse({
      name: ' Auditor ',
      description: '',
      'permission.account:read': 'on',
      'permission.audit:read': 'on',
    });
    expect(parsed.success && parsed.data).toEqual({
      name: 'Auditor',
      description: '',
      permissions: ['account:read', 'audit:read'],
    });
    const none = ZCreateRoleSchema.safeParse({ name: 'Empty', description: '' });
    expect(none.success).toBe(false);
    expect(!none.success && none.error.issues[0]!.message).toBe('Choose at least one permission.');
    expect(ZCreateRoleSchema.safeParse({ name: 'Bad', 'permission.root:all': 'on' }).success).toBe(false);
  });

  it('[R23] owners create a role from the catalogue in sudo mode; members holding it get exactly its permissions, audited', async () => {
    const { org, owner, ownerCtx } = await customerWithAdmins('Custom Co');
    const notSudo = await liveCtx(owner, org);
    const input = {
      name: 'Auditor',
      description: 'Reads the audit log',
      permissions: ['account:read', 'audit:read'] as Permission[],
    };
    expect((await failure(createRole(notSudo, input))).code).toBe('REAUTH_REQUIRED');
    const role = await createRole(ownerCtx, input);
    const person = await createUser({ organizationId: org.id, role: 'member' });
    await changeMemberRole(ownerCtx, { userId: person.id, role: role.ref });
    const ctx = await liveCtx(person, org);
    expect([...ctx.session.permissions].sort()).toEqual(['account:read', 'audit:read']);
    expect(ctx.session).toMatchObject({ role: role.ref, roleLabel: 'Auditor' });
    expect(can(ctx, 'users:manage')).toBe(false);
    await expect(assertCan(ctx, 'audit:read')).resolves.toBeUndefined();
    expect((await auditEvents(org.id, 'role.created'))[0]!.changes).toMatchObject({
      after: { name: 'Auditor', permissions: ['account:read', 'audit:read'] },
    });
  });

  it('[R20] editing a role changes what every holder may do on their next request', async () => {
    const { org, ownerCtx } = await customerWithAdmins('Edit Co');
    const role = await createRole(ownerCtx, {
      name: 'Helper',
      description: '',
      permissions: ['account:read', 'audit:read'],
    });
    const person = await createUser({ organizationId: org.id, role: 'member' });
    await changeMemberRole(ownerCtx, { userId: person.id, role: role.ref });
    const { sessionToken } = await signedInCtx(person, org);
    expect((await loadSessionContext(sessionToken))!.permissions.has('audit:read')).toBe(true);
    await updateRole(ownerCtx, {
      roleId: role.id,
      name: 'Helper',
      description: 'No audit',
      permissions: ['account:read'],
    });
    expect((await loadSessionContext(sessionToken))!.permissions.has('audit:read')).toBe(false);
    const [event] = await auditEvents(org.id, 'role.updated');
    expect(event!.changes).toMatchObject({
      before: { permissions: ['account:read', 'audit:read'] },
      after: { permissions: ['account:read'] },
      membersAffected: 1,
    });
  });

  it('notification recipients come from the same resolution: a custom role with security:manage makes an admin', async () => {
    const { org, owner, admin, ownerCtx } = await customerWithAdmins('Recipients Co');
    const role = await createRole(ownerCtx, {
      name: 'Security lead',
      description: '',
      permissions: ['account:read', 'security:manage'],
    });
    const lead = await createUser({ organizationId: org.id, role: 'member' });
    await changeMemberRole(ownerCtx, { userId: lead.id, role: role.ref });
    const ids = (await organizationAdmins(db(), org.id)).map((r) => r.id).sort();
    expect(ids).toEqual([owner.id, admin.id, lead.id].sort());
  });

  it('[R25] [R27] nobody puts rights they lack into a role, nor widens a role they hold; vendor permissions are not offered to customers', async () => {
    const { org, ownerCtx, owner } = await customerWithAdmins('Ceiling Co');
    const manager = await createRole(ownerCtx, {
      name: 'Role manager',
      description: '',
      permissions: ['account:read', 'roles:manage'],
    });
    const person = await createUser({ organizationId: org.id, role: 'member' });
    await changeMemberRole(ownerCtx, { userId: person.id, role: manager.ref });
    const ctx = await liveCtx(person, org, { sudo: true });
    const above = await failure(
      createRole(ctx, { name: 'Mine', description: '', permissions: ['account:read', 'users:manage'] }),
    );
    expect(above.code).toBe('FORBIDDEN');
    expect(above.message).toMatch(/Manage users/);
    const widen = await failure(
      updateRole(ctx, {
        roleId: manager.id,
        name: 'Role manager',
        description: '',
        permissions: ['account:read', 'roles:manage', 'audit:read'],
      }),
    );
    expect(widen.message).toMatch(/role you hold yourself/);
    const vendorOnly = await failure(
      createRole(ownerCtx, { name: 'Editor', description: '', permissions: ['content:edit'] }),
    );
    expect(vendorOnly.fieldErrors?.permissions?.[0]).toMatch(
      /Not available in this organization: Edit the trust center/,
    );
    expect((await auditEvents(org.id, 'access.denied')).map((d) => (d.changes as { reason: string }).reason)).toEqual([
      'role above actor',
      'self-escalation',
    ]);
    expect(owner).toBeTruthy();
  });

  it('names are unique, built-in names included', async () => {
    const { ownerCtx } = await customerWithAdmins('Names Co');
    await createRole(ownerCtx, { name: 'Reviewer', description: '', permissions: ['account:read'] });
    expect(
      (await failure(createRole(ownerCtx, { name: 'reviewer', description: '', permissions: ['account:read'] })))
        .fieldErrors?.name,
    ).toBeDefined();
    expect(
      (await failure(createRole(ownerCtx, { name: 'Admin', description: '', permissions: ['account:read'] })))
        .fieldErrors?.name,
    ).toBeDefined();
  });

  it('a role in use cannot be deleted without reassigning its members and invitations; with a target it moves them and deletes', async () => {
    const { org, ownerCtx } = await customerWithAdmins('Delete Co');
    const role = await createRole(ownerCtx, { name: 'Temp', description: '', permissions: ['account:read'] });
    const person = await createUser({ organizationId: org.id, role: 'member' });
    await changeMemberRole(ownerCtx, { userId: person.id, role: role.ref });
    await inviteUser(ownerCtx, { email: 'pending@example.test', role: role.ref });
    const refused = await failure(deleteRole(ownerCtx, { roleId: role.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/1 member\(s\) and 1 pending invitation/);
    expect(await getRole(ownerCtx, { roleId: role.id })).toMatchObject({ members: 1, pendingInvitations: 1 });
    // The database agrees: a role still assigned cannot be deleted.
    await expect(db().customRole.delete({ where: { id: role.id } })).rejects.toThrow();

    expect(await deleteRole(ownerCtx, { roleId: role.id, reassignTo: 'member' })).toEqual({ reassigned: 1 });
    expect(await db().membership.findFirstOrThrow({ where: { userId: person.id } })).toMatchObject({
      role: 'member',
      customRoleId: null,
    });
    expect(await db().invitation.findFirstOrThrow({ where: { email: 'pending@example.test' } })).toMatchObject({
      role: 'member',
      customRoleId: null,
    });
    expect((await auditEvents(org.id, 'role.deleted'))[0]!.changes).toMatchObject({
      reassigned: { members: 1, invitations: 1, to: 'Member' },
    });
    // An unused role is deleted straight away.
    const unused = await createRole(ownerCtx, { name: 'Unused', description: '', permissions: ['account:read'] });
    expect(await deleteRole(ownerCtx, { roleId: unused.id })).toEqual({ reassigned: 0 });
  });

  it('[R25] another organization\u2019s role id answers NOT_FOUND when reading, editing, deleting or assigning it', async () => {
    const a = await customerWithAdmins('Role A Co');
    const b = await customerWithAdmins('Role B Co');
    const role = await createRole(a.ownerCtx, { name: 'A only', description: '', permissions: ['account:read'] });
    const memberOfB = await createUser({ organizationId: b.org.id, role: 'member' });
    for (const attempt of [
      () => getRole(b.ownerCtx, { roleId: role.id }),
      () => updateRole(b.ownerCtx, { roleId: role.id, name: 'Hijack', description: '', permissions: ['account:read'] }),
      () => deleteRole(b.ownerCtx, { roleId: role.id }),
      () => changeMemberRole(b.ownerCtx, { userId: memberOfB.id, role: role.ref }),
      () => inviteUser(b.ownerCtx, { email: 'x@example.test', role: role.ref }),
    ]) {
      // One at a time, each started only when awaited.
      expect((await failure(attempt())).code).toBe('NOT_FOUND');
    }
    expect((await listRoleOptions(b.ownerCtx)).map((o) => o.ref)).not.toContain(role.ref);
    expect(await db().customRole.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ name: 'A only' });
  });

  it('role options mark what the current user may hand out', async () => {
    const { adminCtx } = await customerWithAdmins('Options Co');
    const options = await listRoleOptions(adminCtx);
    expect(options.find((o) => o.ref === 'owner')).toMatchObject({ assignable: false, administrative: true });
    expect(options.find((o) => o.ref === 'admin')).toMatchObject({ assignable: true, administrative: true });
    expect(options.find((o) => o.ref === 'member')).toMatchObject({ assignable: true, administrative: false });
  });

  it('a vendor organization may use vendor permissions in its roles', async () => {
    const vendor = await createOrganization('Vendor Roles', 'VENDOR');
    const owner = await createUser({ organizationId: vendor.id, role: 'owner' });
    // The built-in owner lacks content permissions, so it cannot create a role with them (ceiling) — but they are offered.
    const overview = await listRoles(await liveCtx(owner, vendor));
    expect(overview.catalogue.map((p) => p.key)).toContain('content:edit');
  });
});
