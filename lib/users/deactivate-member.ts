import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { revokeSessionsWhere } from '@/lib/auth/sessions';
import type { Ctx } from '@/lib/context';
import { assertMayManage, assertNotLastOwner } from './member-rules';
import { changeMember, refuseSelf } from './change-member';

/**
 * Deactivates a member in this organization: their sessions here end at once (R20) and, when this was
 * their only organization, the account itself is deactivated, so sign-in answers "deactivated". Another
 * organization the person belongs to is not affected.
 */
export async function deactivateMember(ctx: Ctx, input: { userId: string }): Promise<{ sessionsEnded: number }> {
  return changeMember(ctx, input.userId, async ({ tx, member, org, signedIn }) => {
    refuseSelf(signedIn, member, 'deactivate');
    assertMayManage(signedIn, member);
    if (member.deactivatedAt) return { sessionsEnded: 0 };
    await assertNotLastOwner(tx, member, org.name);
    const now = new Date();
    await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: now } });
    const otherActive = await tx.membership.count({
      where: { userId: member.userId, deactivatedAt: null, id: { not: member.id } },
    });
    let sessionsEnded: number;
    if (otherActive === 0) {
      await tx.user.update({ where: { id: member.userId }, data: { status: 'DEACTIVATED' } });
      sessionsEnded = await revokeSessionsWhere(tx, { userId: member.userId }, 'user deactivated');
    } else {
      sessionsEnded = await revokeSessionsWhere(
        tx,
        { userId: member.userId, organizationId: org.id },
        'user deactivated in organization',
      );
    }
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'user.deactivated',
      actor: actorOf(ctx),
      target: { type: 'user', id: member.userId, label: member.user.email },
      changes: {
        before: { status: 'active' },
        after: { status: 'deactivated' },
        sessionsEnded,
        accountDeactivated: otherActive === 0,
      },
      meta: ctx.meta,
    });
    return { sessionsEnded };
  });
}
