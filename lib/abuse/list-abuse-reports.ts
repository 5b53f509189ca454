import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AbuseCategory } from '@/lib/generated/prisma/enums';
import {
  ABUSE_STATUSES,
  ZAbuseQueueFilterSchema,
  type TAbuseQueueFilter,
  type TAbuseStatus,
} from '@/lib/validation/abuse';
import { parseInput } from '@/lib/validation/parse-input';
import { abuseAssignees, type AbuseAssignee } from './assignees';
import { toAbuseReportRow, type AbuseReportRowDto } from './dto';

export const ABUSE_PAGE_SIZE = 50;

export interface AbuseQueue {
  reports: AbuseReportRowDto[];
  /** Reports per status under the other filters (category, assignee). */
  counts: Record<TAbuseStatus, number>;
  /** Cursor for the next (older) page, or null at the end. */
  nextCursor: string | null;
  assignees: AbuseAssignee[];
  me: string;
}

/** The triage queue, newest first, keyset-paged on the id (UUIDv7: ids grow with time). */
export async function listAbuseReports(
  ctx: Ctx,
  raw: TAbuseQueueFilter,
  pageSize = ABUSE_PAGE_SIZE,
): Promise<AbuseQueue> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'abuse reports' });
  const filter = parseInput(ZAbuseQueueFilterSchema, raw);
  const where: Prisma.AbuseReportWhereInput = {};
  if (filter.category) where.category = filter.category.toUpperCase() as AbuseCategory;
  if (filter.assignee === 'me') where.assigneeId = staff.session.user.id;
  else if (filter.assignee === 'unassigned') where.assigneeId = null;
  else if (filter.assignee) where.assigneeId = filter.assignee;

  const [rows, grouped, assignees] = await Promise.all([
    db().abuseReport.findMany({
      where: {
        ...where,
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.cursor ? { id: { lt: filter.cursor } } : {}),
      },
      orderBy: { id: 'desc' },
      take: pageSize + 1,
      select: {
        id: true,
        reference: true,
        category: true,
        createdAt: true,
        status: true,
        assigneeId: true,
        assigneeLabel: true,
        reporterEmail: true,
      },
    }),
    db().abuseReport.groupBy({ by: ['status'], where, _count: { _all: true } }),
    abuseAssignees(db(), staff.organization.id),
  ]);
  const counts = Object.fromEntries(ABUSE_STATUSES.map((s) => [s, 0])) as Record<TAbuseStatus, number>;
  for (const g of grouped) counts[g.status] = g._count._all;
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  return {
    reports: page.map(toAbuseReportRow),
    counts,
    nextCursor: more ? page[page.length - 1]!.id : null,
    assignees,
    me: staff.session.user.id,
  };
}
