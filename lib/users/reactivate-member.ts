import { assertCan } from '@/lib/access/can';
import { auditRefusals } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { assertMayManage, findMember, lockMembers, organizationOf } from './member-rules';

/** Lets a deactivated member sign in and use this organization again, with the role they had. */
export async function reactivateMember(ctx: Ctx, input: { userId: string }): Promise<void> {
  await assertCan(ctx, 'users:manage');
  const signedIn = { ...ctx, session: ctx.session! };
  const org = organizationOf(signedIn);
  await auditRefusals(signedIn, { type: 'user', id: input.userId }, () =>
    db().$transaction(async (tx) => {
      await lockMembers(tx, org.id);
      const member = await findMember(tx, org.id, input.userId);
      assertMayManage(signedIn, member);
      if (!member.deactivatedAt && member.user.status === 'ACTIVE') return;
      await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: null } });
      if (member.user.status !== 'ACTIVE') await tx.user.update({ where: { id: member.userId }, data: { status: 'ACTIVE' } });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'user.reactivated',
        actor: actorOf(ctx),
        target: { type: 'user', id: member.userId, label: member.user.email },
        changes: { before: { status: 'deactivated' }, after: { status: 'active' } },
        meta: ctx.meta,
      });
    }),
  );
}
