import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { logger } from '@/lib/log';
import { siteWithPage } from './draft-site';
import { frontmatterField } from './pages';
import { applyPublication } from './publication';
import { refreshPublicSite } from './refresh-site';
import { reviewInclude } from './reviews';
import { vendorOrganizationId } from './vendor';
import { every } from '@/lib/jobs/every';

// Scheduled publications: a worker in every server process looks for due ones every few seconds. Each is
// claimed with a conditional update inside the publishing transaction, so with several processes (or two
// overlapping runs) every scheduled revision is published exactly once.

const INTERVAL_MS = 10_000;
const SYSTEM_META = { ip: null, userAgent: null, requestId: null };

export async function runDuePublications(now = new Date()): Promise<{ published: number; failed: number }> {
  const due = await db().contentReview.findMany({
    where: { status: 'SCHEDULED', scheduledFor: { lte: now } },
    include: reviewInclude,
    orderBy: { scheduledFor: 'asc' },
    take: 20,
  });
  let published = 0;
  let failed = 0;
  const routes: string[] = [];
  for (const review of due) {
    const page = await db().contentPage.findUniqueOrThrow({ where: { id: review.pageId } });
    const checked = page.deletedAt
      ? { ok: false as const, issues: [{ line: 1, message: 'The page was deleted.' }] }
      : await siteWithPage(page, review.revision.source, {
          sourceRevisionNumber: review.revision.sourceRevisionNumber,
        });
    if (!checked.ok) {
      // Something else changed since it was scheduled (a linked heading removed…): back to approved, with the reason.
      const reverted = await db().contentReview.updateMany({
        where: { id: review.id, status: 'SCHEDULED' },
        data: { status: 'APPROVED', scheduledFor: null },
      });
      if (reverted.count === 1) {
        await db().contentReviewComment.create({
          data: {
            reviewId: review.id,
            authorId: review.publishedById ?? review.requestedById,
            authorLabel: 'Scheduled publication',
            kind: 'schedule_failed',
            body: `Not published: ${checked.issues.map((i) => `line ${i.line}: ${i.message}`).join(' ')}`,
          },
        });
        failed += 1;
      }
      continue;
    }
    const result = await db().$transaction(async (tx) => {
      const claim = await tx.contentReview.updateMany({
        where: { id: review.id, status: 'SCHEDULED', scheduledFor: { lte: now } },
        data: { status: 'PUBLISHED' },
      });
      if (claim.count !== 1) return null; // another worker got it first, or it was cancelled
      const publisherId = review.publishedById ?? review.requestedById;
      const publisher = await tx.user.findUnique({ where: { id: publisherId }, select: { email: true } });
      return applyPublication(tx, {
        review,
        organizationId: await vendorOrganizationId(tx),
        publisherId,
        actor: {
          type: 'SYSTEM',
          id: null,
          label: `scheduled publication (scheduled by ${publisher?.email ?? 'a former member'})`,
        },
        meta: SYSTEM_META,
        at: new Date(),
        scheduled: true,
      });
    });
    if (result) {
      published += 1;
      routes.push(result.route);
      if (getConfig().env !== 'test')
        logger.info(
          { reviewId: review.id, page: frontmatterField(review.revision.source, 'title') },
          'scheduled publication done',
        );
    }
  }
  if (routes.length) await refreshPublicSite(routes);
  return { published, failed };
}

export function startPublishWorker(): void {
  every('publish worker', INTERVAL_MS, () => runDuePublications());
}
