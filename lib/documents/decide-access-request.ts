import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import type { TDecideAccess } from '@/lib/validation/documents';
import { documentEmails } from './emails';
import { grantAccess } from './grant';

/** Staff approve a verified request for 1–365 days, or deny it with a message the requester receives. */
export async function decideAccessRequest(ctx: Ctx, input: TDecideAccess): Promise<{ status: 'APPROVED' | 'DENIED' }> {
  const { session, organization } = await authorize(ctx, 'content:publish');
  return db().$transaction(async (tx) => {
    const request = await tx.documentAccessRequest.findFirst({
      where: { id: input.requestId, organizationId: organization.id },
    });
    if (!request) throw new AppError('NOT_FOUND');
    if (request.status !== 'PENDING') {
      throw new AppError(
        request.status === 'UNVERIFIED' ? 'DOCUMENT_REQUEST_UNVERIFIED' : 'DOCUMENT_REQUEST_ALREADY_DECIDED',
      );
    }
    if (input.decision === 'approve') {
      await grantAccess(tx, {
        request,
        expiryDays: input.expiryDays,
        autoApproved: false,
        actor: actorOf(ctx),
        meta: ctx.meta,
        decidedBy: session.user.email,
      });
      return { status: 'APPROVED' as const };
    }
    await tx.documentAccessRequest.update({
      where: { id: request.id },
      data: {
        status: 'DENIED',
        decidedAt: new Date(),
        decidedByLabel: session.user.email,
        decisionMessage: input.message,
      },
    });
    await recordAudit(tx, {
      organizationId: request.organizationId,
      action: 'document.access_denied',
      actor: actorOf(ctx),
      target: { type: 'document_access_request', id: request.id, label: request.email },
      changes: { message: input.message },
      meta: ctx.meta,
    });
    await enqueueMail(tx, {
      to: request.email,
      template: 'documents.denied',
      rendered: documentEmails.denied({
        brand: getConfig().brand.name,
        name: request.name,
        message: input.message,
        locale: request.locale,
      }),
    });
    return { status: 'DENIED' as const };
  });
}
