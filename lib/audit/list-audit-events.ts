import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { TAuditFilter } from '@/lib/validation/audit';
import { toAuditEventDTO, type AuditEventDTO } from './dto';
import { auditWhere } from './query';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage {
  events: AuditEventDTO[];
  /** Cursor for the next (older) page, or null at the end. */
  nextCursor: string | null;
}

/** Newest first, keyset-paginated on the insertion sequence (no OFFSET: deep pages cost the same). */
export async function listAuditEvents(ctx: Ctx, filter: TAuditFilter, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const organizationId = (await authorize(ctx, 'audit:read')).organization.id;
  const where = auditWhere(organizationId, filter);
  const rows = await db().auditEvent.findMany({
    where: filter.cursor ? { AND: [where, { seq: { lt: BigInt(filter.cursor) } }] } : where,
    orderBy: { seq: 'desc' },
    take: pageSize + 1,
  });
  const more = rows.length > pageSize;
  const page = more ? rows.slice(0, pageSize) : rows;
  return { events: page.map(toAuditEventDTO), nextCursor: more ? page[page.length - 1]!.seq.toString() : null };
}
