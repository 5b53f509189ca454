import { authorize } from '@/lib/access/authorize';
import { can } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPublishSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { issuesAsFieldErrors, siteWithPage } from './draft-site';
import { frontmatterField, pageRoute } from './pages';
import { applyPublication } from './publication';
import { refreshPublicSite } from './refresh-site';
import { publishBlock } from './review-rules';
import { findReview } from './reviews';
import { formatDateTime } from '@/lib/ui/format';

/**
 * Publishes an approved revision now, or schedules it when `at` lies in the future (the worker in
 * publish-due.ts fires it once). The revision is compiled against the current site first, so a publish
 * can never leave the public site unable to rebuild.
 */
export async function publishReview(
  ctx: Ctx,
  input: { reviewId: string; at?: string },
): Promise<{ status: 'PUBLISHED' | 'SCHEDULED'; at: string }> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { reviewId, at } = parseInput(ZPublishSchema, input);
  const now = new Date();
  const when = at ? new Date(at) : now;
  if (Number.isNaN(when.getTime()))
    throw new AppError('VALIDATION', undefined, { at: [fieldMessage('PUBLISH_TIME_INVALID')] });
  const scheduled = when.getTime() > now.getTime() + 30_000;

  const review = await findReview(db(), reviewId);
  const fourEyes = (
    await db().organization.findUniqueOrThrow({
      where: { id: staff.organization.id },
      select: { fourEyesPublishing: true },
    })
  ).fourEyesPublishing;
  const blocked = publishBlock(review, staff.session.user.id, { canPublish: can(ctx, 'content:publish'), fourEyes });
  if (blocked) throw new AppError(blocked);
  const page = await db().contentPage.findUniqueOrThrow({ where: { id: review.pageId } });
  const checked = await siteWithPage(page, review.revision.source, {
    sourceRevisionNumber: review.revision.sourceRevisionNumber,
  });
  if (!checked.ok) throw new AppError('REVIEW_NO_LONGER_FITS', undefined, issuesAsFieldErrors(checked.issues));

  const result = await db().$transaction(async (tx) => {
    // Claim the approved review: of two publishers clicking at once, one wins.
    const claim = await tx.contentReview.updateMany({
      where: { id: reviewId, status: 'APPROVED' },
      data: scheduled
        ? { status: 'SCHEDULED', scheduledFor: when, publishedById: staff.session.user.id }
        : { status: 'PUBLISHED' },
    });
    if (claim.count !== 1) throw new AppError('REVIEW_CHANGED');
    const current = await tx.contentPage.findUniqueOrThrow({
      where: { id: review.pageId },
      include: { publishedRevision: { select: { number: true } } },
    });
    if (current.publishedRevision && current.publishedRevision.number > review.revision.number) {
      throw new AppError('REVIEW_SUPERSEDED', { number: current.publishedRevision.number });
    }
    if (scheduled) {
      const label = `${frontmatterField(review.revision.source, 'title') ?? review.page.slug} (${pageRoute(review.page)})`;
      await tx.contentReviewComment.create({
        data: {
          reviewId,
          authorId: staff.session.user.id,
          authorLabel: authorName(staff),
          kind: 'scheduled',
          body: `Scheduled for ${formatDateTime(when)}.`,
        },
      });
      await recordAudit(tx, {
        organizationId: staff.organization.id,
        action: 'content.publish.scheduled',
        actor: staff.actor,
        target: { type: 'content_page', id: review.pageId, label },
        changes: { reviewId, revision: review.revision.number, scheduledFor: when.toISOString() },
        meta: ctx.meta,
      });
      return null;
    }
    return applyPublication(tx, {
      review,
      organizationId: staff.organization.id,
      publisherId: staff.session.user.id,
      actor: staff.actor,
      meta: ctx.meta,
      at: now,
      scheduled: false,
    });
  });
  if (result) await refreshPublicSite([result.route]);
  return { status: scheduled ? 'SCHEDULED' : 'PUBLISHED', at: when.toISOString() };
}
