import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAbuseReportIdSchema } from '@/lib/validation/abuse';
import { abuseAssignees, type AbuseAssignee } from './assignees';
import { toAbuseNote, toAbuseReportRow, type AbuseReportDto } from './dto';

/** One report with its evidence and its whole triage history (internal notes included: staff only). */
export async function getAbuseReport(
  ctx: Ctx,
  raw: { reportId: string },
): Promise<{ report: AbuseReportDto; assignees: AbuseAssignee[]; me: string }> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'abuse reports' });
  const input = parseInput(ZAbuseReportIdSchema, raw);
  const row = await db().abuseReport.findUnique({
    where: { id: input.reportId },
    include: { notes: { orderBy: { createdAt: 'asc' } } },
  });
  if (!row) throw new AppError('NOT_FOUND');
  return {
    report: {
      ...toAbuseReportRow(row),
      url: row.url,
      messageHeaders: row.messageHeaders,
      description: row.description,
      reporterEmail: row.reporterEmail,
      notes: row.notes.map(toAbuseNote),
    },
    assignees: await abuseAssignees(db(), staff.organization.id),
    me: staff.session.user.id,
  };
}
