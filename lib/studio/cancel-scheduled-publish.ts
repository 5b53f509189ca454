import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReviewRefSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { frontmatterField, pageRoute } from './pages';
import { findReview } from './reviews';

/** Takes a scheduled publication back: the review is approved again and can be published or rescheduled. */
export async function cancelScheduledPublish(ctx: Ctx, input: { reviewId: string }): Promise<void> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { reviewId } = parseInput(ZReviewRefSchema, input);
  await db().$transaction(async (tx) => {
    const review = await findReview(tx, reviewId);
    // Conditional: if the worker fired it a moment ago, there is nothing to cancel.
    const { count } = await tx.contentReview.updateMany({
      where: { id: reviewId, status: 'SCHEDULED' },
      data: { status: 'APPROVED', scheduledFor: null, publishedById: null },
    });
    if (count !== 1)
      throw new AppError(review.status === 'PUBLISHED' ? 'REVIEW_ALREADY_PUBLISHED' : 'REVIEW_NOT_SCHEDULED');
    await tx.contentReviewComment.create({
      data: {
        reviewId,
        authorId: staff.session.user.id,
        authorLabel: authorName(staff),
        kind: 'schedule_cancelled',
        body: 'Cancelled the scheduled publication.',
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.publish.schedule_cancelled',
      actor: staff.actor,
      target: {
        type: 'content_page',
        id: review.pageId,
        label: `${frontmatterField(review.revision.source, 'title') ?? review.page.slug} (${pageRoute(review.page)})`,
      },
      changes: { reviewId, scheduledFor: review.scheduledFor?.toISOString() ?? null },
      meta: ctx.meta,
    });
  });
}
