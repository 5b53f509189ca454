import { roleLabelOf } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { revokeSessionsWhere } from '@/lib/auth/sessions';
import type { Ctx } from '@/lib/context';
import { assertMayManage, assertNotLastOwner } from './member-rules';
import { changeMember, refuseSelf } from './change-member';

/**
 * Removes a member from the organization; their sessions here end at once (R20). When it was their only
 * organization the account is deleted as well (their sessions, notifications and tokens go with it).
 */
export async function removeMember(ctx: Ctx, input: { userId: string }): Promise<{ accountDeleted: boolean }> {
  return changeMember(ctx, input.userId, async ({ tx, member, org, signedIn }) => {
    refuseSelf(signedIn, member, 'remove');
    assertMayManage(signedIn, member);
    await assertNotLastOwner(tx, member, org.name);
    const sessionsEnded = await revokeSessionsWhere(
      tx,
      { userId: member.userId, organizationId: org.id },
      'removed from organization',
    );
    await tx.membership.delete({ where: { id: member.id } });
    const remaining = await tx.membership.count({ where: { userId: member.userId } });
    if (remaining === 0) await tx.user.delete({ where: { id: member.userId } });
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'user.removed',
      actor: actorOf(ctx),
      target: { type: 'user', id: member.userId, label: member.user.email },
      changes: {
        before: {
          name: member.user.name,
          email: member.user.email,
          role: roleLabelOf(member),
          status: member.deactivatedAt ? 'deactivated' : 'active',
        },
        after: null,
        sessionsEnded,
        accountDeleted: remaining === 0,
      },
      meta: ctx.meta,
    });
    return { accountDeleted: remaining === 0 };
  });
}
