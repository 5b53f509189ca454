import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TObjectionStatus } from '@/lib/validation/notices';
import { OBJECTION_INCLUDE, toObjectionDTO, type ObjectionDTO } from './dto';

/** Staff mark an objection acknowledged or resolved; recorded in the vendor's own audit log. */
export async function setObjectionStatus(ctx: Ctx, input: TObjectionStatus): Promise<ObjectionDTO> {
  // Vendor staff only: a customer's custom role holding content:edit must not touch other customers' objections.
  const staff = await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  return db().$transaction(async (tx) => {
    const row = await tx.subprocessorObjection.findUnique({
      where: { id: input.objectionId },
      include: OBJECTION_INCLUDE,
    });
    if (!row) throw new AppError('OBJECTION_NOT_FOUND');
    if (row.status === input.status) throw new AppError('OBJECTION_STATUS_UNCHANGED', { status: input.status });
    const updated = await tx.subprocessorObjection.update({
      where: { id: row.id },
      data: { status: input.status },
      include: OBJECTION_INCLUDE,
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'subprocessor.objection.status_changed',
      actor: actorOf(ctx),
      target: {
        type: 'subprocessor_objection',
        id: row.id,
        label: `${row.organization.name} on notice #${row.change.number}`,
      },
      changes: { status: { before: row.status, after: input.status } },
      meta: ctx.meta,
    });
    return toObjectionDTO(updated);
  });
}
