import 'server-only';
import { authorize } from '@/lib/access/authorize';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangeDraftSchema, ZChangeRefSchema } from '@/lib/validation/subprocessors';
import { toChangeDto, type ChangeDto } from './changes';
import { lockDraft } from './lock-draft';

/**
 * Saves a draft over the version the editor started from (optimistic lock): when someone saved in
 * between, CONFLICT tells who and when, and nothing is overwritten.
 */
export async function updateSubprocessorChangeDraft(ctx: Ctx, input: unknown): Promise<ChangeDto> {
  const staff = await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  const ref = parseInput(ZChangeRefSchema, input);
  const draft = parseInput(ZChangeDraftSchema, input);
  return db().$transaction(async (tx) => {
    await lockDraft(tx, ref);
    const row = await tx.subprocessorChange.update({
      where: { id: ref.changeId },
      data: {
        summary: draft.summary,
        effectiveDate: new Date(`${draft.effectiveDate}T00:00:00Z`),
        operations: draft.operations as unknown as Prisma.InputJsonValue,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'subprocessor.change.updated',
      actor: actorOf(ctx),
      target: { type: 'subprocessor_change', id: row.id, label: draft.summary },
      changes: {
        version: row.version,
        effectiveDate: draft.effectiveDate,
        operations: draft.operations.map((o) => `${o.op} ${o.slug}`),
      },
      meta: ctx.meta,
    });
    return toChangeDto(row);
  });
}
