import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { revokeSessionsWhere } from '@/lib/auth/sessions';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Ends a grant now: every support session under it ends too (and any other would on its next request). */
export async function revokeSupportGrant(ctx: Ctx, input: { grantId: string }): Promise<{ sessionsEnded: number }> {
  const { session, organization: org } = await authorize(ctx, 'support-access:manage');
  return db().$transaction(async (tx) => {
    const grant = await tx.supportGrant.findFirst({ where: { id: input.grantId, organizationId: org.id } });
    if (!grant) throw new AppError('SUPPORT_GRANT_NOT_FOUND');
    const now = new Date();
    const by = `${session.user.name} (${session.user.email})`;
    const revoked = await tx.supportGrant.updateMany({
      where: { id: grant.id, revokedAt: null },
      data: { revokedAt: now, revokedByLabel: by },
    });
    if (revoked.count !== 1) throw new AppError('SUPPORT_GRANT_ALREADY_REVOKED');
    const sessionsEnded = await revokeSessionsWhere(tx, { supportGrantId: grant.id }, 'support grant revoked');
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'support_access.revoked',
      actor: actorOf(ctx),
      target: { type: 'support_grant', id: grant.id, label: grant.reference },
      changes: {
        before: { expiresAt: grant.expiresAt.toISOString(), state: grant.expiresAt > now ? 'active' : 'expired' },
        after: { state: 'revoked' },
        sessionsEnded,
      },
      meta: ctx.meta,
    });
    return { sessionsEnded };
  });
}
