import { authorize } from '@/lib/access/authorize';
import { can } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReviewRefSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import type { ReviewDetail } from './dto';
import { formatReason } from '@/lib/messages/errors';
import { canDecide, publishBlock } from './review-rules';
import { findReview, reviewSummaries } from './reviews';

/**
 * One review with what the reviewer compares: the revision's source and the source published when the
 * review was opened — or now, for an open review — and the discussion.
 */
export async function getReview(ctx: Ctx, input: { reviewId: string }): Promise<ReviewDetail> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { reviewId } = parseInput(ZReviewRefSchema, input);
  const review = await findReview(db(), reviewId);
  const [summary] = await reviewSummaries(db(), [review]);
  // Compare against the revision that was public before this one: the page's published revision, or —
  // once this one is published — the latest published revision with a lower number.
  const before = await db().contentRevision.findFirst({
    where: { pageId: review.pageId, publishedAt: { not: null }, number: { lt: review.revision.number } },
    orderBy: { number: 'desc' },
    select: { number: true, source: true, id: true },
  });
  const published =
    review.status === 'PUBLISHED'
      ? before
      : review.page.publishedRevisionId
        ? await db().contentRevision.findUnique({
            where: { id: review.page.publishedRevisionId },
            select: { number: true, source: true, id: true },
          })
        : null;
  const comments = await db().contentReviewComment.findMany({ where: { reviewId }, orderBy: { createdAt: 'asc' } });
  const fourEyes = (
    await db().organization.findUniqueOrThrow({
      where: { id: staff.organization.id },
      select: { fourEyesPublishing: true },
    })
  ).fourEyesPublishing;
  const blocked = publishBlock(review, staff.session.user.id, { canPublish: can(ctx, 'content:publish'), fourEyes });
  return {
    ...summary!,
    message: review.revision.message,
    revision: { id: review.revision.id, number: review.revision.number, source: review.revision.source },
    published: published ? { number: published.number, source: published.source } : null,
    comments: comments.map((c) => ({
      id: c.id,
      author: c.authorLabel,
      kind: c.kind,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    })),
    canApprove: canDecide(review, staff.session.user.id),
    canPublish: blocked === null,
    publishBlockedReason: blocked && formatReason(blocked),
  };
}
