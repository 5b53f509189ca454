// The vendor's team: Owner and Admin beside Compliance Editor and Support Staff. Permissions depend on the
// organization's kind: the vendor's Owner/Admin hold every vendor permission (customers:manage among
// them), a customer's roles never hold one, whatever is stored.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type BuiltInRole } from '@/lib/access/permissions';
import { db } from '@/lib/db';
import { builtInRolesFor } from '@/lib/roles/role-choice';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { changeMemberRole } from '@/lib/users/change-member-role';
import { deactivateMember } from '@/lib/users/deactivate-member';
import { inviteUser } from '@/lib/users/invite-user';
import { removeMember } from '@/lib/users/remove-member';
import { createOrganization, createUser } from '@/tests/fixtures/factories';
import { contextOf, customerWithAdmins, failure, liveCtx } from '@/tests/fixtures/users';

const VENDOR_PERMISSIONS = ['content:edit', 'content:publish', 'support:act', 'customers:manage'] as const;

describe('vendor roles by organization kind', () => {
  it('the vendor offers Owner, Admin, Compliance Editor and Support Staff; a customer only Owner, Admin and Member', () => {
    expect(builtInRolesFor('VENDOR')).toEqual(
      expect.arrayContaining(['owner', 'admin', 'compliance_editor', 'support']),
    );
    expect(builtInRolesFor('CUSTOMER')).toEqual(['owner', 'admin', 'member']);
  });

  it('[R25] a vendor Owner and Admin hold customers:manage and the content permissions; the same roles in a customer do not', async () => {
    const vendor = await createOrganization('Vendor Kind', 'VENDOR');
    const customer = await createOrganization('Customer Kind');
    for (const role of ['owner', 'admin'] as BuiltInRole[]) {
      const inVendor = await liveCtx(await createUser({ organizationId: vendor.id, role }), vendor);
      const inCustomer = await liveCtx(await createUser({ organizationId: customer.id, role }), customer);
      for (const p of BUILT_IN_ROLES[role].permissions)
        expect(inVendor.session.permissions.has(p), `${role} ${p}`).toBe(true);
      for (const p of VENDOR_PERMISSIONS) {
        expect(inVendor.session.permissions.has(p), `vendor ${role} ${p}`).toBe(true);
        expect(inCustomer.session.permissions.has(p), `customer ${role} ${p}`).toBe(false);
      }
    }
    const editor = await liveCtx(await createUser({ organizationId: vendor.id, role: 'compliance_editor' }), vendor);
    expect(editor.session.permissions.has('customers:manage')).toBe(false);
  });

  it('[R25] [R27] a customer membership never holds a vendor permission, even with a vendor role or custom role stored in the database', async () => {
    const customer = await createOrganization('Sneaky Co');
    const support = await createUser({ organizationId: customer.id, role: 'support' });
    expect((await liveCtx(support, customer)).session.permissions.has('support:act')).toBe(false);
    const role = await db().customRole.create({
      data: {
        organizationId: customer.id,
        name: 'Smuggled',
        permissions: ['account:read', 'content:edit', 'customers:manage'],
      },
    });
    const person = await createUser({ organizationId: customer.id, role: 'custom' });
    await db().membership.update({
      where: { userId_organizationId: { userId: person.id, organizationId: customer.id } },
      data: { customRoleId: role.id },
    });
    expect([...(await liveCtx(person, customer)).session.permissions]).toEqual(['account:read']);
  });

  it('the vendor Owner invites Compliance Editors and Support Staff, re-roles, deactivates and removes them', async () => {
    const vendor = await createOrganization('Vendor Team', 'VENDOR');
    const owner = await createUser({ organizationId: vendor.id, role: 'owner' });
    const ownerCtx = await liveCtx(owner, vendor, { sudo: true });
    const options = await listRoleOptions(ownerCtx);
    for (const ref of ['admin', 'compliance_editor', 'support'])
      expect(
        options.find((o) => o.ref === ref),
        ref,
      ).toMatchObject({ assignable: true });
    await inviteUser(ownerCtx, { email: 'editor@vendor-team.example', role: 'compliance_editor' });
    await inviteUser(ownerCtx, { email: 'helper@vendor-team.example', role: 'support' });
    expect(await db().invitation.count({ where: { organizationId: vendor.id } })).toBe(2);

    const staff = await createUser({ organizationId: vendor.id, role: 'support' });
    await changeMemberRole(ownerCtx, { userId: staff.id, role: 'compliance_editor' });
    const staffCtx = await liveCtx(staff, vendor);
    expect(staffCtx.session.permissions.has('content:publish')).toBe(true);
    await deactivateMember(ownerCtx, { userId: staff.id });
    await expect(contextOf(staffCtx.sessionToken)).rejects.toThrow(/session has ended/);
    await removeMember(ownerCtx, { userId: staff.id });
    expect(await db().membership.count({ where: { userId: staff.id } })).toBe(0);
  });

  it('a vendor Admin manages staff too, but not the Owner; a customer admin cannot hand out vendor roles', async () => {
    const vendor = await createOrganization('Vendor Admins', 'VENDOR');
    const owner = await createUser({ organizationId: vendor.id, role: 'owner' });
    const admin = await createUser({ organizationId: vendor.id, role: 'admin' });
    const adminCtx = await liveCtx(admin, vendor, { sudo: true });
    await inviteUser(adminCtx, { email: 'support2@vendor-admins.example', role: 'support' });
    expect((await failure(deactivateMember(adminCtx, { userId: owner.id }))).code).toBe('FORBIDDEN');

    const { adminCtx: customerAdmin } = await customerWithAdmins('Customer Admins');
    const refused = await failure(
      inviteUser(customerAdmin, { email: 'x@customer-admins.example', role: 'compliance_editor' }),
    );
    expect(refused.code).toBe('VALIDATION');
  });
});
