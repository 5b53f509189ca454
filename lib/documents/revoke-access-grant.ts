import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Ends a grant at once: viewer sessions and signed links check the grant on every request, and the
 * grant's unused magic links and sessions are voided as well.
 */
export async function revokeAccessGrant(ctx: Ctx, input: { requestId: string }): Promise<{ revokedAt: string }> {
  const { session, organization } = await authorize(ctx, 'content:publish');
  return db().$transaction(async (tx) => {
    const grant = await tx.documentAccessGrant.findFirst({
      where: { requestId: input.requestId, organizationId: organization.id },
      include: { request: true },
    });
    if (!grant) throw new AppError('NOT_FOUND');
    if (grant.revokedAt) throw new AppError('DOCUMENT_ACCESS_ALREADY_REVOKED');
    const now = new Date();
    await tx.documentAccessGrant.update({
      where: { id: grant.id },
      data: { revokedAt: now, revokedByLabel: session.user.email },
    });
    await tx.documentAccessToken.updateMany({
      where: { requestId: grant.requestId, usedAt: null, kind: 'MAGIC_LINK' },
      data: { usedAt: now },
    });
    await tx.documentAccessToken.updateMany({
      where: { requestId: grant.requestId, kind: 'VIEWER_SESSION', expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAudit(tx, {
      organizationId: grant.organizationId,
      action: 'document.access_revoked',
      actor: actorOf(ctx),
      target: { type: 'document_access_grant', id: grant.id, label: grant.request.email },
      meta: ctx.meta,
    });
    return { revokedAt: now.toISOString() };
  });
}
