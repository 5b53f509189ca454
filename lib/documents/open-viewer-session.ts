import { recordAudit } from '@/lib/audit/record';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume } from '@/lib/security/rate-limit';
import { activeGrant } from './viewer-access';

/**
 * Exchanges a single-use magic link for a viewer session: a new random token (stored hashed) for an
 * HttpOnly cookie, valid for DOCUMENT_VIEWER_SESSION_HOURS and never past the grant (R7, R18).
 */
export async function openViewerSession(
  ctx: Ctx,
  input: { token: string },
): Promise<{ sessionToken: string; expiresAt: Date }> {
  const limit = await consume('documentAccessLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('RATE_LIMITED');
  return db().$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.documentAccessToken.updateManyAndReturn({
      where: { tokenHash: sha256Hex(input.token), kind: 'MAGIC_LINK', usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const link = claimed[0];
    if (!link) throw new AppError('VIEWER_LINK_USED');
    const access = await activeGrant(tx, link.requestId, now);
    if (!access.ok)
      throw new AppError(access.reason === 'revoked' ? 'DOCUMENT_ACCESS_REVOKED' : 'DOCUMENT_ACCESS_ENDED');
    const sessionToken = randomToken();
    const hours = getConfig().documents.viewerSessionHours;
    const expiresAt = new Date(Math.min(access.grant.expiresAt.getTime(), now.getTime() + hours * 3_600_000));
    await tx.documentAccessToken.create({
      data: { kind: 'VIEWER_SESSION', tokenHash: sha256Hex(sessionToken), requestId: link.requestId, expiresAt },
    });
    await recordAudit(tx, {
      organizationId: access.grant.organizationId,
      action: 'document.viewer_opened',
      actor: { type: 'ANONYMOUS', id: null, label: access.grant.request.email },
      target: { type: 'document_access_grant', id: access.grant.id, label: access.grant.request.company },
      meta: ctx.meta,
    });
    return { sessionToken, expiresAt };
  });
}
