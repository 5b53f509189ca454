import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { auditRefusals, Refusal } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import type { TDeleteRole } from '@/lib/validation/roles';
import { customChoice, mayAssign, resolveRoleChoice } from './role-choice';
import { lockRoles } from './role-rules';

/**
 * Deletes a custom role (roles:manage, sudo — R23). A role in use is deleted only together with moving
 * its members and pending invitations to another role, in the same transaction.
 */
export async function deleteRole(ctx: Ctx, input: TDeleteRole): Promise<{ reassigned: number }> {
  const signedIn = await authorize(ctx, 'roles:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'role', id: input.roleId }, () =>
    db().$transaction(async (tx) => {
      await lockRoles(tx, org.id);
      const role = await tx.customRole.findFirst({ where: { id: input.roleId, organizationId: org.id } });
      if (!role) throw new AppError('ROLE_NOT_FOUND');
      const now = new Date();
      const [members, invitations] = await Promise.all([
        tx.membership.count({ where: { customRoleId: role.id } }),
        tx.invitation.count({
          where: { customRoleId: role.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        }),
      ]);
      const inUse = members + invitations;
      let reassignedTo: string | null = null;
      if (inUse > 0) {
        if (!input.reassignTo) {
          throw new AppError(
            'ROLE_IN_USE',
            { name: role.name, members, invitations },
            {
              reassignTo: [fieldMessage('ROLE_REASSIGN_REQUIRED')],
            },
          );
        }
        const target = await resolveRoleChoice(tx, org, input.reassignTo, 'reassignTo');
        if (target.customRoleId === role.id)
          throw new AppError('VALIDATION', undefined, { reassignTo: [fieldMessage('ROLE_REASSIGN_SAME')] });
        if (!mayAssign(signedIn, target))
          throw new Refusal('role above actor', 'ROLE_ABOVE_ACTOR_MOVE', { role: target.label });
        const before = customChoice(role, org.kind);
        if (signedIn.session.role === before.ref && [...target.permissions].some((p) => !before.permissions.has(p))) {
          throw new Refusal('self-escalation', 'ROLE_DELETE_SELF_ESCALATION');
        }
        if (target.administrative) assertRecentlyReauthenticated(signedIn);
        await tx.membership.updateMany({
          where: { customRoleId: role.id },
          data: { role: target.role, customRoleId: target.customRoleId },
        });
        await tx.invitation.updateMany({
          where: { customRoleId: role.id, acceptedAt: null, revokedAt: null },
          data: { role: target.role, customRoleId: target.customRoleId },
        });
        reassignedTo = target.label;
      }
      assertRecentlyReauthenticated(signedIn);
      await tx.customRole.delete({ where: { id: role.id } });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'role.deleted',
        actor: actorOf(ctx),
        target: { type: 'role', id: role.id, label: role.name },
        changes: {
          before: { name: role.name, description: role.description, permissions: role.permissions },
          after: null,
          reassigned: inUse ? { members, invitations, to: reassignedTo } : null,
        },
        meta: ctx.meta,
      });
      return { reassigned: members };
    }),
  );
}
