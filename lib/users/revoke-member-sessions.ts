import { authorize } from '@/lib/access/authorize';
import { auditRefusals } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { revokeSessionsWhere } from '@/lib/auth/sessions';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { assertMayManage, findMember } from './member-rules';

/** An admin signs a member out of every session in this organization, at once (R21). */
export async function revokeMemberSessions(ctx: Ctx, input: { userId: string }): Promise<{ revoked: number }> {
  const signedIn = await authorize(ctx, 'users:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'user', id: input.userId }, () =>
    db().$transaction(async (tx) => {
      const member = await findMember(tx, org.id, input.userId);
      if (member.userId !== signedIn.session.user.id) assertMayManage(signedIn, member);
      const revoked = await revokeSessionsWhere(
        tx,
        { userId: member.userId, organizationId: org.id },
        'revoked by administrator',
      );
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'user.sessions_revoked',
        actor: actorOf(ctx),
        target: { type: 'user', id: member.userId, label: member.user.email },
        changes: { revoked },
        meta: ctx.meta,
      });
      return { revoked };
    }),
  );
}
