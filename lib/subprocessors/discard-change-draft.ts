import 'server-only';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangeRefSchema } from '@/lib/validation/subprocessors';
import { lockDraft } from './lock-draft';

/** Discards a draft (kept as DISCARDED for the record; it never reaches the public register). */
export async function discardSubprocessorChangeDraft(ctx: Ctx, input: unknown): Promise<void> {
  const staff = await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  const ref = parseInput(ZChangeRefSchema, input);
  await db().$transaction(async (tx) => {
    const row = await lockDraft(tx, ref);
    await tx.subprocessorChange.update({
      where: { id: row.id },
      data: { status: 'DISCARDED', version: { increment: 1 } },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'subprocessor.change.discarded',
      actor: actorOf(ctx),
      target: { type: 'subprocessor_change', id: row.id, label: row.summary },
      meta: ctx.meta,
    });
  });
}
