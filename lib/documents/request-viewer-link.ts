import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { sendMagicLink } from './grant';
import { vendorOrganization } from './vendor';

/**
 * "Email me a new link": a requester whose viewer session ended (or who lost the email) gets a fresh
 * single-use link for each active grant. The answer is the same whether or not the address has access,
 * so the form reveals nothing about who requested what (like R8).
 */
export async function requestViewerLink(ctx: Ctx, input: { email: string }): Promise<{ sent: true }> {
  const limit = await consume('documentAccessRequestPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('VIEWER_LINK_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });
  await db().$transaction(async (tx) => {
    const vendor = await vendorOrganization(tx);
    const grants = await tx.documentAccessGrant.findMany({
      where: {
        organizationId: vendor.id,
        revokedAt: null,
        expiresAt: { gt: new Date() },
        request: { email: input.email },
      },
      include: { request: true },
      orderBy: { createdAt: 'desc' },
      take: 3,
    });
    for (const grant of grants) {
      await sendMagicLink(tx, grant.request, grant);
      await recordAudit(tx, {
        organizationId: vendor.id,
        action: 'document.viewer_link_sent',
        actor: { type: 'ANONYMOUS', id: null, label: input.email },
        target: { type: 'document_access_grant', id: grant.id, label: grant.request.company },
        meta: ctx.meta,
      });
    }
  });
  return { sent: true };
}
