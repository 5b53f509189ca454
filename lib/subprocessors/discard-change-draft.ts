import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangeRefSchema } from '@/lib/validation/subprocessors';
import { lockDraft } from './lock-draft';
import { assertRegisterStaff } from './staff-only';

/** Discards a draft (kept as DISCARDED for the record; it never reaches the public register). */
export async function discardSubprocessorChangeDraft(ctx: Ctx, input: unknown): Promise<void> {
  const staff = await assertRegisterStaff(ctx, 'content:edit');
  const ref = parseInput(ZChangeRefSchema, input);
  await db().$transaction(async (tx) => {
    const row = await lockDraft(tx, ref);
    await tx.subprocessorChange.update({ where: { id: row.id }, data: { status: 'DISCARDED', version: { increment: 1 } } });
    await recordAudit(tx, {
      organizationId: staff.organizationId,
      action: 'subprocessor.change.discarded',
      actor: actorOf(ctx),
      target: { type: 'subprocessor_change', id: row.id, label: row.summary },
      meta: ctx.meta,
    });
  });
}
