import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { auditRefusals, Refusal } from '@/lib/access/refusal';
import { roleLabelOf } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { findMember, lockMembers } from './member-rules';
import { notifyRoleRaised } from './role-raised';

/**
 * An owner hands ownership to another active member: they become Owner, the current owner becomes Admin.
 * Needs sudo (R23); the admins are told.
 */
export async function transferOwnership(ctx: Ctx, input: { userId: string }): Promise<{ newOwner: string }> {
  const signedIn = await authorize(ctx, 'users:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'user', id: input.userId }, () =>
    db().$transaction(async (tx) => {
      if (signedIn.session.role !== 'owner') throw new Refusal('not owner', 'OWNERSHIP_TRANSFER_OWNER_ONLY');
      if (input.userId === signedIn.session.user.id) throw new AppError('OWNERSHIP_ALREADY_OWNER');
      assertRecentlyReauthenticated(signedIn);
      await lockMembers(tx, org.id);
      const target = await findMember(tx, org.id, input.userId);
      if (target.deactivatedAt || target.user.status !== 'ACTIVE') {
        throw new AppError('OWNERSHIP_TARGET_DEACTIVATED', { name: target.user.name });
      }
      const self = await findMember(tx, org.id, signedIn.session.user.id);
      const targetBefore = roleLabelOf(target) ?? target.role;
      await tx.membership.update({ where: { id: target.id }, data: { role: 'owner', customRoleId: null } });
      await tx.membership.update({ where: { id: self.id }, data: { role: 'admin', customRoleId: null } });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'user.ownership_transferred',
        actor: actorOf(ctx),
        target: { type: 'user', id: target.userId, label: target.user.email },
        changes: {
          before: { [target.user.email]: targetBefore, [self.user.email]: 'Owner' },
          after: { [target.user.email]: 'Owner', [self.user.email]: 'Admin' },
        },
        meta: ctx.meta,
      });
      await notifyRoleRaised(tx, {
        organization: org,
        member: target.user,
        from: targetBefore,
        to: 'Owner',
        by: signedIn.session.user,
      });
      return { newOwner: target.user.email };
    }),
  );
}
