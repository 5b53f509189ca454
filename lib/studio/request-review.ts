import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRequestReviewSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { issuesAsFieldErrors, siteWithPage } from './draft-site';
import { assertDraftVersion } from './drafts';
import { notifyReviewRequested } from './notify';
import { findPage, pageRoute, pageTitle } from './pages';
import { createRevision } from './revisions';
import { contentStaff } from './staff';

/**
 * Sends the draft for review: the draft is frozen as a new, immutable revision (the reviewer sees exactly
 * that), and the reviewer is told. Only content that would publish cleanly can be sent.
 */
export async function requestReview(
  ctx: Ctx,
  input: {
    pageId: string;
    reviewerId: string;
    message: string;
    notable?: boolean | string;
    summary?: string;
    expectedVersion: number;
  },
): Promise<{ reviewId: string; revisionId: string }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const data = parseInput(ZRequestReviewSchema, input);
  const before = await findPage(db(), data.pageId);
  if (!before.draft) throw new AppError('REVIEW_NO_DRAFT');
  assertDraftVersion(before, data.expectedVersion);
  // A translation brought up to date with its source may publish the same words against the newer source.
  const sameBase = before.draft.sourceRevisionNumber === (before.publishedRevision?.sourceRevisionNumber ?? null);
  if (before.publishedRevision && before.draft.source === before.publishedRevision.source && sameBase) {
    throw new AppError('REVIEW_DRAFT_UNCHANGED');
  }
  const checked = await siteWithPage(before, before.draft.source);
  if (!checked.ok) {
    throw new AppError(
      'REVIEW_PAGE_HAS_PROBLEMS',
      { problems: checked.issues.length === 1 ? 'a problem' : `${checked.issues.length} problems` },
      issuesAsFieldErrors(checked.issues),
    );
  }
  const reviewer = (await contentStaff(db(), staff.organization.id)).find(
    (s) => s.id === data.reviewerId && s.id !== staff.session.user.id,
  );
  if (!reviewer) throw new AppError('VALIDATION', undefined, { reviewerId: [fieldMessage('REVIEWER_INVALID')] });

  return db().$transaction(async (tx) => {
    const page = await findPage(tx, data.pageId);
    // The draft may have changed while it was being checked.
    assertDraftVersion(page, data.expectedVersion);
    const blocking = await tx.contentReview.findFirst({
      where: { pageId: page.id, status: { in: ['PENDING', 'APPROVED', 'SCHEDULED'] } },
    });
    if (blocking) throw new AppError('REVIEW_ALREADY_OPEN');
    // A review that asked for changes is answered by this new request.
    await tx.contentReview.updateMany({
      where: { pageId: page.id, status: 'CHANGES_REQUESTED' },
      data: { status: 'WITHDRAWN', decidedAt: new Date() },
    });
    const revision = await createRevision(tx, {
      pageId: page.id,
      source: page.draft!.source,
      frontmatter: checked.page.compiled.frontmatter,
      message: data.message,
      authorId: staff.session.user.id,
      authorLabel: authorName(staff),
      contributorIds: page.draft!.contributorIds.length ? page.draft!.contributorIds : [staff.session.user.id],
      origin: 'review',
      sourceRevisionNumber: page.draft!.sourceRevisionNumber,
    });
    const review = await tx.contentReview.create({
      data: {
        pageId: page.id,
        revisionId: revision.id,
        requestedById: staff.session.user.id,
        reviewerId: reviewer.id,
        notable: data.notable,
        summary: data.notable ? data.summary! : null,
      },
    });
    const label = `${pageTitle(page)} (${pageRoute(page)})`;
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.review.requested',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label },
      changes: {
        reviewId: review.id,
        revision: revision.number,
        reviewer: reviewer.email,
        notable: data.notable,
        ...(page.locale ? { locale: page.locale, sourceRevision: revision.sourceRevisionNumber } : {}),
      },
      meta: ctx.meta,
    });
    await notifyReviewRequested(tx, {
      organizationId: staff.organization.id,
      reviewId: review.id,
      reviewerId: reviewer.id,
      requester: authorName(staff),
      pageLabel: label,
      message: data.message,
    });
    return { reviewId: review.id, revisionId: revision.id };
  });
}
