import { assertCan } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { OBJECTION_INCLUDE, toObjectionDTO, type ObjectionDTO } from './dto';

/** Every customer's objections, newest first, for the vendor's staff (studio). */
export async function listSubprocessorObjections(ctx: Ctx): Promise<ObjectionDTO[]> {
  await assertCan(ctx, 'content:edit');
  const rows = await db().subprocessorObjection.findMany({ include: OBJECTION_INCLUDE, orderBy: { createdAt: 'desc' }, take: 500 });
  return rows.map(toObjectionDTO);
}
