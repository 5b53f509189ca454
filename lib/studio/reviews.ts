import { z } from 'zod';
import type { DbTransaction, PrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewSummary } from './dto';
import { frontmatterField, pageRoute, userNames } from './pages';

// Reading reviews for the studio: the include a summary needs and the mapping to the DTO.

type Client = PrismaClient | DbTransaction;

export const reviewInclude = {
  page: {
    select: {
      id: true,
      section: true,
      slug: true,
      deletedAt: true,
      publishedRevisionId: true,
      locale: true,
      translationOfId: true,
    },
  },
  revision: {
    select: { id: true, number: true, source: true, contributorIds: true, message: true, sourceRevisionNumber: true },
  },
} satisfies Prisma.ContentReviewInclude;

export type ReviewRow = Prisma.ContentReviewGetPayload<{ include: typeof reviewInclude }>;

export async function findReview(client: Client, reviewId: string): Promise<ReviewRow> {
  const review = z.uuid().safeParse(reviewId).success
    ? await client.contentReview.findUnique({ where: { id: reviewId }, include: reviewInclude })
    : null;
  if (!review || review.page.deletedAt) throw new AppError('NOT_FOUND');
  return review;
}

export function toReviewSummary(r: ReviewRow, names: Map<string, string>): ReviewSummary {
  return {
    id: r.id,
    pageId: r.pageId,
    pageTitle: frontmatterField(r.revision.source, 'title') ?? r.page.slug,
    route: pageRoute(r.page),
    status: r.status,
    requestedBy: names.get(r.requestedById) ?? 'A former member',
    reviewer: names.get(r.reviewerId) ?? 'A former member',
    createdAt: r.createdAt.toISOString(),
    notable: r.notable,
    summary: r.summary,
    scheduledFor: r.scheduledFor?.toISOString() ?? null,
    revisionNumber: r.revision.number,
  };
}

export async function reviewSummaries(client: Client, rows: ReviewRow[]): Promise<ReviewSummary[]> {
  const names = await userNames(
    client,
    rows.flatMap((r) => [r.requestedById, r.reviewerId]),
  );
  return rows.map((r) => toReviewSummary(r, names));
}
