import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { Refusal } from '@/lib/access/refusal';
import { permissionsOfMembership, roleLabelOf, roleRefOf } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { mayAssign, resolveRoleChoice } from '@/lib/roles/role-choice';
import type { TChangeRole } from '@/lib/validation/users';
import { assertMayManage, assertNotLastOwner } from './member-rules';
import { notifyRoleRaised } from './role-raised';
import { changeMember } from './change-member';

export interface RoleChangedDTO {
  userId: string;
  roleLabel: string;
  changed: boolean;
}

/**
 * Gives a member another role. Nobody raises their own role or hands out rights they lack; the last
 * owner stays an owner; raising someone to an administrative role needs sudo (R23) and tells the admins.
 * Takes effect on the member's next request, in every session (R20).
 */
export async function changeMemberRole(ctx: Ctx, input: TChangeRole): Promise<RoleChangedDTO> {
  return changeMember(ctx, input.userId, async ({ tx, member, org, signedIn }) => {
    const choice = await resolveRoleChoice(tx, org, input.role);
    const before = permissionsOfMembership(member, org.kind);
    const raises =
      [...choice.permissions].some((p) => !before.has(p)) || (choice.ref === 'owner' && member.role !== 'owner');
    if (member.userId === signedIn.session.user.id) {
      if (raises) throw new Refusal('self-escalation', 'ROLE_SELF_ESCALATION');
    } else {
      assertMayManage(signedIn, member);
    }
    if (!mayAssign(signedIn, choice))
      throw new Refusal('role above actor', 'ROLE_ABOVE_ACTOR_ASSIGN', { role: choice.label });
    const fromLabel = roleLabelOf(member) ?? member.role;
    if (roleRefOf(member) === choice.ref) return { userId: member.userId, roleLabel: fromLabel, changed: false };
    if (choice.ref !== 'owner') await assertNotLastOwner(tx, member, org.name);
    if (choice.administrative && raises) assertRecentlyReauthenticated(signedIn);

    await tx.membership.update({
      where: { id: member.id },
      data: { role: choice.role, customRoleId: choice.customRoleId },
    });
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'user.role_changed',
      actor: actorOf(ctx),
      target: { type: 'user', id: member.userId, label: member.user.email },
      changes: {
        before: { role: fromLabel, permissions: [...before].sort() },
        after: { role: choice.label, permissions: [...choice.permissions].sort() },
      },
      meta: ctx.meta,
    });
    if (choice.administrative && raises) {
      await notifyRoleRaised(tx, {
        organization: org,
        member: member.user,
        from: fromLabel,
        to: choice.label,
        by: signedIn.session.user,
      });
    }
    return { userId: member.userId, roleLabel: choice.label, changed: true };
  });
}
