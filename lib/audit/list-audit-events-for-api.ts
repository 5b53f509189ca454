import type { ApiCtx } from '@/lib/api/api-context';
import { db } from '@/lib/db';
import type { TAuditFilter } from '@/lib/validation/audit';
import { toAuditEventDTO, type AuditEventDTO } from './dto';
import { auditWhere } from './query';

/** For SIEMs: the same filters as the viewer, scoped to the API key's organization, cursor-paginated. */
export async function listAuditEventsForApi(
  api: ApiCtx,
  filter: TAuditFilter,
  limit: number,
): Promise<{ data: AuditEventDTO[]; nextCursor: string | null }> {
  const where = auditWhere(api.organization.id, filter);
  const rows = await db().auditEvent.findMany({
    where: filter.cursor ? { AND: [where, { seq: { lt: BigInt(filter.cursor) } }] } : where,
    orderBy: { seq: 'desc' },
    take: limit + 1,
  });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { data: page.map(toAuditEventDTO), nextCursor: more ? page[page.length - 1]!.seq.toString() : null };
}
