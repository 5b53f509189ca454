import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { assertMayManage } from './member-rules';
import { changeMember } from './change-member';

/** Lets a deactivated member sign in and use this organization again, with the role they had. */
export async function reactivateMember(ctx: Ctx, input: { userId: string }): Promise<void> {
  await changeMember(ctx, input.userId, async ({ tx, member, org, signedIn }) => {
    assertMayManage(signedIn, member);
    if (!member.deactivatedAt && member.user.status === 'ACTIVE') return;
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: null } });
    if (member.user.status !== 'ACTIVE')
      await tx.user.update({ where: { id: member.userId }, data: { status: 'ACTIVE' } });
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'user.reactivated',
      actor: actorOf(ctx),
      target: { type: 'user', id: member.userId, label: member.user.email },
      changes: { before: { status: 'deactivated' }, after: { status: 'active' } },
      meta: ctx.meta,
    });
  });
}
