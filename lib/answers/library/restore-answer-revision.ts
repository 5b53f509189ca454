import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { authorName, STUDIO } from '@/lib/studio/access';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAnswerRevisionRefSchema } from '@/lib/validation/answers';
import { entryLabel } from './entries';

/**
 * Rolls back by going forward, as pages do: an earlier revision's content becomes the entry's draft (the
 * open draft is replaced, or a new draft revision is numbered after the newest), to be reviewed and
 * published like any change.
 */
export async function restoreAnswerRevision(
  ctx: Ctx,
  input: { revisionId: string },
): Promise<{ revisionId: string; number: number }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { revisionId } = parseInput(ZAnswerRevisionRefSchema, input);
  const userId = staff.session.user.id;
  return db().$transaction(async (tx) => {
    const old = await tx.answerRevision.findUnique({ where: { id: revisionId }, include: { entry: true } });
    if (!old || old.entry.archivedAt) throw new AppError('NOT_FOUND');
    const newest = await tx.answerRevision.findFirstOrThrow({
      where: { entryId: old.entryId },
      orderBy: { number: 'desc' },
    });
    const content = {
      question: old.question,
      alternatives: old.alternatives,
      shortAnswer: old.shortAnswer,
      answer: old.answer,
      evidence: old.evidence ?? [],
      visibility: old.visibility,
      ownerId: old.ownerId,
      ownerLabel: old.ownerLabel,
      reviewBy: old.reviewBy,
      message: `Restored from revision ${old.number}`,
      origin: 'restore',
      restoredFromId: old.id,
    };
    let target: { id: string; number: number };
    if (newest.status === 'draft' || newest.status === 'in_review') {
      if (newest.id === old.id) throw new AppError('ANSWER_CHANGED');
      target = await tx.answerRevision.update({
        where: { id: newest.id },
        data: {
          ...content,
          status: 'draft',
          submittedAt: null,
          submittedById: null,
          contributorIds: newest.contributorIds.includes(userId)
            ? newest.contributorIds
            : [...newest.contributorIds, userId],
        },
        select: { id: true, number: true },
      });
    } else {
      target = await tx.answerRevision.create({
        data: {
          ...content,
          entryId: old.entryId,
          number: newest.number + 1,
          authorId: userId,
          authorLabel: authorName(staff),
          contributorIds: [userId],
        },
        select: { id: true, number: true },
      });
    }
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'answer.draft.restored',
      actor: staff.actor,
      target: { type: 'answer_entry', id: old.entryId, label: entryLabel(old.question, old.entry.slug) },
      changes: { restoredRevision: old.number, draftRevision: target.number },
      meta: ctx.meta,
    });
    return { revisionId: target.id, number: target.number };
  });
}
