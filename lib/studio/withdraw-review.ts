import { authorize } from '@/lib/access/authorize';
import { can } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReviewRefSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { frontmatterField, pageRoute } from './pages';
import { findReview } from './reviews';

/** The requester (or a publisher) takes a review back; the draft stays, and a new review can be requested. */
export async function withdrawReview(ctx: Ctx, input: { reviewId: string }): Promise<void> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { reviewId } = parseInput(ZReviewRefSchema, input);
  await db().$transaction(async (tx) => {
    const review = await findReview(tx, reviewId);
    if (review.requestedById !== staff.session.user.id && !can(ctx, 'content:publish'))
      throw new AppError('REVIEW_WITHDRAW_NOT_REQUESTER');
    if (review.status === 'SCHEDULED') throw new AppError('REVIEW_SCHEDULED');
    const { count } = await tx.contentReview.updateMany({
      where: { id: reviewId, status: { in: ['PENDING', 'APPROVED', 'CHANGES_REQUESTED'] } },
      data: { status: 'WITHDRAWN', decidedAt: new Date() },
    });
    if (count !== 1) throw new AppError('REVIEW_ALREADY_CLOSED');
    await tx.contentReviewComment.create({
      data: {
        reviewId,
        authorId: staff.session.user.id,
        authorLabel: authorName(staff),
        kind: 'withdrawn',
        body: 'Withdrew the review request.',
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.review.withdrawn',
      actor: staff.actor,
      target: {
        type: 'content_page',
        id: review.pageId,
        label: `${frontmatterField(review.revision.source, 'title') ?? review.page.slug} (${pageRoute(review.page)})`,
      },
      changes: { reviewId, revision: review.revision.number },
      meta: ctx.meta,
    });
  });
}
