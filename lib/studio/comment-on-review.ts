import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCommentSchema } from '@/lib/validation/studio';
import { studioActor } from './access';
import { frontmatterField, pageRoute } from './pages';
import { findReview } from './reviews';

/** Any content editor can discuss a review while it is open. */
export async function commentOnReview(ctx: Ctx, input: { reviewId: string; body: string }): Promise<{ id: string }> {
  const actor = await studioActor(ctx);
  const { reviewId, body } = parseInput(ZCommentSchema, input);
  return db().$transaction(async (tx) => {
    const review = await findReview(tx, reviewId);
    if (review.status === 'PUBLISHED' || review.status === 'WITHDRAWN') throw new AppError('REVIEW_CLOSED_FOR_COMMENTS');
    const comment = await tx.contentReviewComment.create({ data: { reviewId, authorId: actor.userId, authorLabel: actor.name, kind: 'comment', body } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      action: 'content.review.commented',
      actor: actor.audit,
      target: { type: 'content_page', id: review.pageId, label: `${frontmatterField(review.revision.source, 'title') ?? review.page.slug} (${pageRoute(review.page)})` },
      changes: { reviewId, commentId: comment.id },
      meta: ctx.meta,
    });
    return { id: comment.id };
  });
}
