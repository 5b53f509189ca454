import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { OBJECTION_INCLUDE, toObjectionDTO, type ObjectionDTO } from './dto';

/** Every customer's objections, newest first, for the vendor's staff (studio). */
export async function listSubprocessorObjections(ctx: Ctx): Promise<ObjectionDTO[]> {
  // Vendor staff only: every customer's objections are listed, so a customer's content:edit is not enough.
  await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  const rows = await db().subprocessorObjection.findMany({
    include: OBJECTION_INCLUDE,
    orderBy: { createdAt: 'desc' },
    take: 500,
  });
  return rows.map(toObjectionDTO);
}
