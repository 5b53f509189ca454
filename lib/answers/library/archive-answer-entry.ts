import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STUDIO } from '@/lib/studio/access';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAnswerEntryRefSchema } from '@/lib/validation/answers';
import { invalidateAnswerMatcher } from '../corpus';
import { entryLabel } from './entries';

/** Retires an entry: it leaves the library, the Ask box and the API at once; its history is kept. */
export async function archiveAnswerEntry(ctx: Ctx, input: { entryId: string }): Promise<{ archived: true }> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { entryId } = parseInput(ZAnswerEntryRefSchema, input);
  await db().$transaction(async (tx) => {
    const entry = await tx.answerEntry.findUnique({
      where: { id: entryId },
      include: { revisions: { orderBy: { number: 'desc' }, take: 1 } },
    });
    if (!entry || entry.archivedAt) throw new AppError('NOT_FOUND');
    await tx.answerEntry.update({ where: { id: entryId }, data: { archivedAt: new Date() } });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'answer.archived',
      actor: staff.actor,
      target: { type: 'answer_entry', id: entryId, label: entryLabel(entry.revisions[0]?.question ?? '', entry.slug) },
      changes: { wasPublished: !!entry.publishedRevisionId },
      meta: ctx.meta,
    });
  });
  invalidateAnswerMatcher();
  return { archived: true };
}
