import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatReason } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { enqueueMail } from '@/lib/mail/outbox';
import { type TAbuseReply, ZAbuseReplySchema } from '@/lib/validation/abuse';
import { toAbuseNote, type AbuseNoteDto } from './dto';
import { abuseEmails } from './emails';

export const NO_REPORTER_EMAIL = formatReason('ABUSE_NO_REPORTER_EMAIL');

/** Emails the reporter (through the outbox, in the same transaction) and keeps the reply in the report's history. */
export async function replyToAbuseReporter(ctx: Ctx, raw: TAbuseReply): Promise<AbuseNoteDto> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'abuse reports' });
  const input = parseInput(ZAbuseReplySchema, raw);
  return db().$transaction(async (tx) => {
    const report = await tx.abuseReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, reference: true, reporterEmail: true },
    });
    if (!report) throw new AppError('NOT_FOUND');
    if (!report.reporterEmail) throw new AppError('ABUSE_NO_REPORTER_EMAIL');
    const note = await tx.abuseReportNote.create({
      data: {
        reportId: report.id,
        authorId: staff.session.user.id,
        authorLabel: staff.session.user.email,
        kind: 'reply',
        body: input.body,
      },
    });
    await enqueueMail(tx, {
      to: report.reporterEmail,
      template: 'abuse.reply',
      rendered: abuseEmails.reply({ brand: getConfig().brand.name, reference: report.reference, message: input.body }),
    });
    // No address or message in the append-only log: both stay in the report, which can be erased.
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'abuse.report.replied',
      actor: actorOf(ctx),
      target: { type: 'abuse_report', id: report.id, label: report.reference },
      meta: ctx.meta,
    });
    return toAbuseNote(note);
  });
}
