import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { noticeEmails } from '@/lib/subprocessors/notices/emails';
import { findPublishedNotice, objectionWindowOpen } from '@/lib/subprocessors/notices/notice';
import { formatDate } from '@/lib/ui/format';
import type { TFileObjection } from '@/lib/validation/notices';
import { OBJECTION_INCLUDE, toObjectionDTO, type ObjectionDTO } from './dto';

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

/**
 * Files the organization's objection to a notice (one per organization and notice), until the
 * objection deadline. Recorded in the organization's audit log; the filer gets an acknowledgement
 * email; the vendor's staff see it in the studio.
 */
export async function fileSubprocessorObjection(ctx: Ctx, input: TFileObjection): Promise<ObjectionDTO> {
  const { session, organization } = await authorize(ctx, 'subprocessors:object');
  const notice = await findPublishedNotice(input.number);
  if (!notice) throw new AppError('SUBPROCESSOR_NOTICE_NOT_FOUND');
  if (!objectionWindowOpen(notice)) {
    throw new AppError('OBJECTION_PERIOD_OVER', {
      number: notice.number,
      deadline: formatDate(notice.objectionDeadline),
      brand: getConfig().brand.name,
    });
  }
  const { brand, appUrl } = getConfig();
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.subprocessorObjection.create({
        data: {
          changeId: notice.id,
          organizationId: organization.id,
          userId: session.user.id,
          userLabel: session.user.email,
          reason: input.reason,
        },
        include: OBJECTION_INCLUDE,
      });
      await recordAudit(tx, {
        organizationId: organization.id,
        action: 'subprocessor.objection.filed',
        actor: actorOf(ctx),
        target: { type: 'subprocessor_change', id: notice.id, label: `Notice #${notice.number}` },
        changes: { reason: input.reason },
        meta: ctx.meta,
      });
      await enqueueMail(tx, {
        to: session.user.email,
        template: 'subprocessor-objection-received',
        rendered: noticeEmails.objectionReceived({
          brand: brand.name,
          name: session.user.name,
          organizationName: organization.name,
          number: notice.number,
          summary: notice.summary,
          reason: input.reason,
          url: new URL(`/account/subprocessor-notices/${notice.number}`, appUrl).toString(),
        }),
      });
      return toObjectionDTO(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('OBJECTION_ALREADY_FILED', { number: notice.number });
    throw err;
  }
}
