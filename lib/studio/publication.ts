import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { DbTransaction } from '@/lib/db';
import type { RequestMeta } from '@/lib/request-context';
import { invalidateChangelog } from './changelog-cache';
import { notifyReviewDecided } from './notify';
import { frontmatterField, pageRoute, userNames } from './pages';
import type { ReviewRow } from './reviews';

// The one way a revision becomes the public page: immediate publishing and the scheduled-publication
// worker both end here, inside their transaction.

export async function applyPublication(
  tx: DbTransaction,
  p: {
    review: ReviewRow;
    organizationId: string | null;
    publisherId: string;
    actor: AuditActor;
    meta: RequestMeta;
    at: Date;
    scheduled: boolean;
  },
): Promise<{ route: string }> {
  const { review, at } = p;
  const page = await tx.contentPage.findUniqueOrThrow({
    where: { id: review.pageId },
    include: { draft: true, publishedRevision: { select: { number: true, frontmatter: true } } },
  });
  const title = frontmatterField(review.revision.source, 'title') ?? page.slug;
  const route = pageRoute(page);
  await tx.contentPage.update({
    where: { id: page.id },
    data: { publishedRevisionId: review.revisionId, publishedAt: at },
  });
  await tx.contentRevision.update({
    where: { id: review.revisionId },
    data: { publishedAt: at, publishedById: p.publisherId },
  });
  await tx.contentReview.update({
    where: { id: review.id },
    data: { status: 'PUBLISHED', publishedAt: at, publishedById: p.publisherId },
  });
  // The draft's work is now public; a draft edited further since the review was requested stays.
  if (page.draft && page.draft.source === review.revision.source)
    await tx.contentDraft.delete({ where: { pageId: page.id } });
  if (review.notable && review.summary) {
    await tx.changelogEntry.create({
      data: {
        pageId: page.id,
        revisionId: review.revisionId,
        pageTitle: title,
        route,
        summary: review.summary,
        publishedAt: at,
      },
    });
  }
  const names = await userNames(tx, [p.publisherId]);
  await recordAudit(tx, {
    organizationId: p.organizationId,
    action: page.translationOfId ? 'content.translation.published' : 'content.page.published',
    actor: p.actor,
    target: { type: 'content_page', id: page.id, label: `${title} (${route})` },
    changes: {
      revision: review.revision.number,
      previousRevision: page.publishedRevision?.number ?? null,
      reviewId: review.id,
      publishedBy: names.get(p.publisherId) ?? null,
      scheduled: p.scheduled,
      notable: review.notable,
      ...(page.locale ? { locale: page.locale, sourceRevision: review.revision.sourceRevisionNumber } : {}),
    },
    meta: p.meta,
  });
  if (review.requestedById !== p.publisherId) {
    await notifyReviewDecided(tx, {
      organizationId: p.organizationId,
      reviewId: review.id,
      requesterId: review.requestedById,
      by: names.get(p.publisherId) ?? 'A colleague',
      pageLabel: `${title} (${route})`,
      outcome: 'published',
    });
  }
  invalidateChangelog();
  return { route };
}
