import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { type TAssignAbuseReport, ZAssignAbuseReportSchema } from '@/lib/validation/abuse';
import { abuseAssignees } from './assignees';

/** Gives a report to a staff member who handles abuse reports (or to "me"), or to nobody. */
export async function assignAbuseReport(
  ctx: Ctx,
  raw: TAssignAbuseReport,
): Promise<{ assignee: { id: string; label: string } | null }> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'abuse reports' });
  const input = parseInput(ZAssignAbuseReportSchema, raw);
  return db().$transaction(async (tx) => {
    const report = await tx.abuseReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, reference: true, assigneeId: true, assigneeLabel: true },
    });
    if (!report) throw new AppError('NOT_FOUND');
    let assignee: { id: string; label: string } | null = null;
    if (input.assignee !== '') {
      const wanted = input.assignee === 'me' ? staff.session.user.id : input.assignee;
      assignee = (await abuseAssignees(tx, staff.organization.id)).find((a) => a.id === wanted) ?? null;
      if (!assignee) {
        throw new AppError('VALIDATION', undefined, { assignee: [fieldMessage('ABUSE_ASSIGNEE_NOT_STAFF')] });
      }
    }
    if ((assignee?.id ?? null) === report.assigneeId) return { assignee };
    await tx.abuseReport.update({
      where: { id: report.id },
      data: { assigneeId: assignee?.id ?? null, assigneeLabel: assignee?.label ?? null },
    });
    await tx.abuseReportNote.create({
      data: {
        reportId: report.id,
        authorId: staff.session.user.id,
        authorLabel: staff.session.user.email,
        kind: 'status',
        body: assignee ? `Assigned to ${assignee.label}.` : 'Unassigned.',
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'abuse.report.assigned',
      actor: actorOf(ctx),
      target: { type: 'abuse_report', id: report.id, label: report.reference },
      changes: { before: report.assigneeLabel, after: assignee?.label ?? null },
      meta: ctx.meta,
    });
    return { assignee };
  });
}
