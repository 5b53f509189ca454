import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { isAdministrative } from '@/lib/access/permission-guide';
import { auditRefusals, Refusal } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { userEmails } from '@/lib/users/emails';
import type { TUpdateRole } from '@/lib/validation/roles';
import { customChoice } from './role-choice';
import { assertRoleNameFree, assertRolePermissions, lockRoles } from './role-rules';

/**
 * Edits a custom role (roles:manage, sudo — R23). Every member holding it gets the new permissions on
 * their next request (R20). Nobody widens a role they hold themselves.
 */
export async function updateRole(ctx: Ctx, input: TUpdateRole): Promise<{ id: string; name: string }> {
  const signedIn = await authorize(ctx, 'roles:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'role', id: input.roleId }, () =>
    db().$transaction(async (tx) => {
      await lockRoles(tx, org.id);
      const role = await tx.customRole.findFirst({
        where: { id: input.roleId, organizationId: org.id },
        include: { _count: { select: { memberships: true } } },
      });
      if (!role) throw new AppError('ROLE_NOT_FOUND');
      const before = customChoice(role, org.kind);
      const widens = input.permissions.some((p) => !before.permissions.has(p));
      if (signedIn.session.role === before.ref && widens)
        throw new Refusal('self-escalation', 'ROLE_UPDATE_SELF_ESCALATION');
      assertRolePermissions(signedIn, org.kind, input.permissions);
      assertRecentlyReauthenticated(signedIn);
      await assertRoleNameFree(tx, org.id, input.name, role.id);
      const updated = await tx.customRole.update({
        where: { id: role.id },
        data: { name: input.name, description: input.description, permissions: [...input.permissions].sort() },
      });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'role.updated',
        actor: actorOf(ctx),
        target: { type: 'role', id: role.id, label: updated.name },
        changes: {
          before: { name: role.name, description: role.description, permissions: [...role.permissions].sort() },
          after: { name: updated.name, description: updated.description, permissions: updated.permissions },
          membersAffected: role._count.memberships,
        },
        meta: ctx.meta,
      });
      if (!before.administrative && isAdministrative(input.permissions) && role._count.memberships > 0) {
        const { brand, appUrl } = getConfig();
        const by = `${signedIn.session.user.name} (${signedIn.session.user.email})`;
        const members = role._count.memberships === 1 ? 'the 1 member' : `the ${role._count.memberships} members`;
        await notify(tx, {
          event: 'user.role_raised',
          organizationId: org.id,
          title: `Role ${updated.name} now administers the account`,
          body: `${by} gave the role ${updated.name} administrative permissions; ${members} holding it got them too.`,
          link: '/account/roles',
          email: (r) =>
            userEmails.roleRaised({
              brand: brand.name,
              name: r.name,
              member: `${members} with the role ${updated.name}`,
              organization: org.name,
              from: `${role.name} (without administrative permissions)`,
              to: `${updated.name} (with administrative permissions)`,
              by,
              url: new URL('/account/roles', appUrl).toString(),
            }),
        });
      }
      return { id: updated.id, name: updated.name };
    }),
  );
}
