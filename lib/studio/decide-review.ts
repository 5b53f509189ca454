import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { authorName, STUDIO } from './access';
import { notifyReviewDecided } from './notify';
import { frontmatterField, pageRoute } from './pages';
import { canDecide } from './review-rules';
import { findReview } from './reviews';

// Shared by approveReview and requestChanges: the reviewer's decision, with an optional note kept as a
// comment of that kind, and the requester told.

export async function decide(
  ctx: Ctx,
  p: { reviewId: string; body?: string; outcome: 'approved' | 'changes_requested' },
): Promise<void> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  await db().$transaction(async (tx) => {
    const review = await findReview(tx, p.reviewId);
    if (!canDecide(review, staff.session.user.id)) {
      throw new AppError(
        review.reviewerId !== staff.session.user.id ? 'REVIEW_DECIDE_NOT_REVIEWER' : 'REVIEW_NOT_PENDING',
      );
    }
    const status = p.outcome === 'approved' ? 'APPROVED' : 'CHANGES_REQUESTED';
    // Conditional: a second click, or a withdrawal at the same moment, does not decide twice.
    const { count } = await tx.contentReview.updateMany({
      where: { id: review.id, status: 'PENDING' },
      data: { status, decidedAt: new Date() },
    });
    if (count !== 1) throw new AppError('REVIEW_CHANGED');
    if (p.body)
      await tx.contentReviewComment.create({
        data: {
          reviewId: review.id,
          authorId: staff.session.user.id,
          authorLabel: authorName(staff),
          kind: p.outcome,
          body: p.body,
        },
      });
    const label = `${frontmatterField(review.revision.source, 'title') ?? review.page.slug} (${pageRoute(review.page)})`;
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: p.outcome === 'approved' ? 'content.review.approved' : 'content.review.changes_requested',
      actor: staff.actor,
      target: { type: 'content_page', id: review.pageId, label },
      changes: { reviewId: review.id, revision: review.revision.number },
      meta: ctx.meta,
    });
    await notifyReviewDecided(tx, {
      organizationId: staff.organization.id,
      reviewId: review.id,
      requesterId: review.requestedById,
      by: authorName(staff),
      pageLabel: label,
      outcome: p.outcome,
      body: p.body,
    });
  });
}
