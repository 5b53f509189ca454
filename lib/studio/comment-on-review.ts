import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCommentSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { frontmatterField, pageRoute } from './pages';
import { findReview } from './reviews';

/** Any content editor can discuss a review while it is open. */
export async function commentOnReview(ctx: Ctx, input: { reviewId: string; body: string }): Promise<{ id: string }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { reviewId, body } = parseInput(ZCommentSchema, input);
  return db().$transaction(async (tx) => {
    const review = await findReview(tx, reviewId);
    if (review.status === 'PUBLISHED' || review.status === 'WITHDRAWN')
      throw new AppError('REVIEW_CLOSED_FOR_COMMENTS');
    const comment = await tx.contentReviewComment.create({
      data: { reviewId, authorId: staff.session.user.id, authorLabel: authorName(staff), kind: 'comment', body },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.review.commented',
      actor: staff.actor,
      target: {
        type: 'content_page',
        id: review.pageId,
        label: `${frontmatterField(review.revision.source, 'title') ?? review.page.slug} (${pageRoute(review.page)})`,
      },
      changes: { reviewId, commentId: comment.id },
      meta: ctx.meta,
    });
    return { id: comment.id };
  });
}
