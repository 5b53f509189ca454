import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { type TAbuseNote, ZAbuseNoteSchema } from '@/lib/validation/abuse';
import { toAbuseNote, type AbuseNoteDto } from './dto';

/** An internal note on a report: staff read it, the reporter never does. */
export async function addAbuseReportNote(ctx: Ctx, raw: TAbuseNote): Promise<AbuseNoteDto> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'abuse reports' });
  const input = parseInput(ZAbuseNoteSchema, raw);
  return db().$transaction(async (tx) => {
    const report = await tx.abuseReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, reference: true },
    });
    if (!report) throw new AppError('NOT_FOUND');
    const note = await tx.abuseReportNote.create({
      data: {
        reportId: report.id,
        authorId: staff.session.user.id,
        authorLabel: staff.session.user.email,
        kind: 'note',
        body: input.body,
      },
    });
    // The note's text stays in the report (which can be erased), not in the append-only log.
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'abuse.report.note_added',
      actor: actorOf(ctx),
      target: { type: 'abuse_report', id: report.id, label: report.reference },
      meta: ctx.meta,
    });
    return toAbuseNote(note);
  });
}
