import 'server-only';
import { authorize } from '@/lib/access/authorize';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangeDraftSchema } from '@/lib/validation/subprocessors';
import { toChangeDto, type ChangeDto } from './changes';

/** Starts a drafted change to the register (content:edit). Nothing is public until it is published. */
export async function createSubprocessorChangeDraft(ctx: Ctx, input: unknown): Promise<ChangeDto> {
  const staff = await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  const draft = parseInput(ZChangeDraftSchema, input);
  return db().$transaction(async (tx) => {
    const row = await tx.subprocessorChange.create({
      data: {
        summary: draft.summary,
        effectiveDate: new Date(`${draft.effectiveDate}T00:00:00Z`),
        operations: draft.operations as unknown as Prisma.InputJsonValue,
        createdById: staff.session.user.id,
        createdByLabel: staff.session.user.email,
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'subprocessor.change.drafted',
      actor: actorOf(ctx),
      target: { type: 'subprocessor_change', id: row.id, label: draft.summary },
      changes: { effectiveDate: draft.effectiveDate, operations: draft.operations.map((o) => `${o.op} ${o.slug}`) },
      meta: ctx.meta,
    });
    return toChangeDto(row);
  });
}
