import { recordAudit } from '@/lib/audit/record';
import { sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume } from '@/lib/security/rate-limit';
import { documentEmails } from './emails';
import { grantAccess } from './grant';
import { emailDomain } from './vendor';

export type VerifyOutcome = { status: 'approved' | 'pending' };

/**
 * Confirms the requester's email with the single-use link. A domain on the auto-approve list is granted
 * at once (the rule's expiry); anything else joins the staff queue.
 */
export async function verifyAccessRequest(ctx: Ctx, input: { token: string }): Promise<VerifyOutcome> {
  const limit = await consume('documentAccessLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('RATE_LIMITED');
  const cfg = getConfig();
  return db().$transaction(async (tx) => {
    const now = new Date();
    // Consumed atomically: of two racing clicks only one finds the token unused.
    const claimed = await tx.documentAccessToken.updateManyAndReturn({
      where: { tokenHash: sha256Hex(input.token), kind: 'VERIFY_EMAIL', usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const token = claimed[0];
    if (!token) throw new AppError('DOCUMENT_REQUEST_LINK_USED');
    const request = await tx.documentAccessRequest.findUniqueOrThrow({ where: { id: token.requestId } });
    await tx.documentAccessRequest.update({ where: { id: request.id }, data: { status: 'PENDING', verifiedAt: now } });
    const rule = await tx.documentAutoApproveRule.findUnique({
      where: { organizationId_domain: { organizationId: request.organizationId, domain: emailDomain(request.email) } },
    });
    if (rule) {
      // One event: the grant (its audit row says it was auto-approved on a verified address).
      await grantAccess(tx, {
        request,
        expiryDays: rule.expiryDays,
        autoApproved: true,
        actor: { type: 'SYSTEM', id: null, label: `auto-approve rule for ${rule.domain}` },
        meta: ctx.meta,
        decidedBy: `auto-approve (${rule.domain})`,
      });
      return { status: 'approved' };
    }
    await recordAudit(tx, {
      organizationId: request.organizationId,
      action: 'document.access_verified',
      actor: { type: 'ANONYMOUS', id: null, label: request.email },
      target: { type: 'document_access_request', id: request.id, label: request.company },
      meta: ctx.meta,
    });
    await enqueueMail(tx, {
      to: request.email,
      template: 'documents.received',
      rendered: documentEmails.received({ brand: cfg.brand.name, name: request.name, locale: request.locale }),
    });
    return { status: 'pending' };
  });
}
