import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { type TAbuseStatus, type TChangeAbuseStatus, ZChangeAbuseStatusSchema } from '@/lib/validation/abuse';
import { ABUSE_STATUS_LABELS, ABUSE_STATUS_MOVES } from './statuses';

/** Moves a report along New → Investigating → Actioned or Rejected (closed reports can be reopened), with an optional note. */
export async function changeAbuseReportStatus(ctx: Ctx, raw: TChangeAbuseStatus): Promise<{ status: TAbuseStatus }> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'abuse reports' });
  const input = parseInput(ZChangeAbuseStatusSchema, raw);
  return db().$transaction(async (tx) => {
    const report = await tx.abuseReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, reference: true, status: true },
    });
    if (!report) throw new AppError('NOT_FOUND');
    const allowed = ABUSE_STATUS_MOVES[report.status];
    if (!allowed.includes(input.status)) {
      const from = ABUSE_STATUS_LABELS[report.status];
      const choices = allowed.map((s) => ABUSE_STATUS_LABELS[s].toLowerCase()).join(' or ');
      throw report.status === input.status
        ? new AppError('ABUSE_REPORT_STATUS_UNCHANGED', { status: from.toLowerCase() })
        : new AppError('ABUSE_REPORT_STATUS_MOVE', { status: from.toLowerCase(), choices });
    }
    // Only if nobody changed it meanwhile: two people triaging at once must not overwrite each other.
    const moved = await tx.abuseReport.updateMany({
      where: { id: report.id, status: report.status },
      data: { status: input.status },
    });
    if (moved.count !== 1) throw new AppError('ABUSE_REPORT_CHANGED');
    const line = `Status: ${ABUSE_STATUS_LABELS[report.status]} → ${ABUSE_STATUS_LABELS[input.status]}.`;
    await tx.abuseReportNote.create({
      data: {
        reportId: report.id,
        authorId: staff.session.user.id,
        authorLabel: staff.session.user.email,
        kind: 'status',
        body: input.note ? `${line}\n${input.note}` : line,
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'abuse.report.status_changed',
      actor: actorOf(ctx),
      target: { type: 'abuse_report', id: report.id, label: report.reference },
      changes: { before: report.status, after: input.status, withNote: Boolean(input.note) },
      meta: ctx.meta,
    });
    return { status: input.status };
  });
}
