import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import type { DbTransaction } from '@/lib/db';
import type { DocumentAccessRequest } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { documentEmails } from './emails';
import { grantAccess } from './grant';
import { emailDomain } from './vendor';

export type VerifyOutcome = { status: 'approved' | 'pending' };

/**
 * What follows a confirmed email, however it was confirmed (the emailed link, or a work account at Google,
 * Microsoft or a customer's identity provider: `method`): a domain on the auto-approve list is granted at
 * once (the rule's expiry, the magic link emailed); anything else joins the staff queue. Inside `tx`.
 */
export async function settleVerifiedRequest(
  tx: DbTransaction,
  ctx: Ctx,
  request: DocumentAccessRequest,
  method: string,
): Promise<VerifyOutcome> {
  const now = new Date();
  await tx.documentAccessRequest.update({ where: { id: request.id }, data: { status: 'PENDING', verifiedAt: now } });
  const rule = await tx.documentAutoApproveRule.findUnique({
    where: { organizationId_domain: { organizationId: request.organizationId, domain: emailDomain(request.email) } },
  });
  if (rule) {
    // One event: the grant (its audit row says it was auto-approved on a verified address, and how).
    await grantAccess(tx, {
      request,
      expiryDays: rule.expiryDays,
      autoApproved: true,
      actor: { type: 'SYSTEM', id: null, label: `auto-approve rule for ${rule.domain}` },
      meta: ctx.meta,
      decidedBy: `auto-approve (${rule.domain})`,
      verification: method,
    });
    return { status: 'approved' };
  }
  await recordAudit(tx, {
    organizationId: request.organizationId,
    action: 'document.access_verified',
    actor: { type: 'ANONYMOUS', id: null, label: request.email },
    target: { type: 'document_access_request', id: request.id, label: request.company },
    ...(method === 'email-link' ? {} : { changes: { verification: method } }),
    meta: ctx.meta,
  });
  await enqueueMail(tx, {
    to: request.email,
    template: 'documents.received',
    rendered: documentEmails.received({ brand: getConfig().brand.name, name: request.name, locale: request.locale }),
  });
  return { status: 'pending' };
}
