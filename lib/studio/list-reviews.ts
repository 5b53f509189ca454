import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReviewFilterSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import type { ReviewFilter, ReviewSummary } from './dto';
import { OPEN_REVIEW_STATUSES } from './pages';
import { reviewInclude, reviewSummaries } from './reviews';

/** Reviews for the studio's inbox: assigned to me / requested by me (open ones), every open one, or all (last 200). */
export async function listReviews(ctx: Ctx, input: { filter?: ReviewFilter } = {}): Promise<ReviewSummary[]> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { filter } = parseInput(ZReviewFilterSchema, input);
  const open = { status: { in: OPEN_REVIEW_STATUSES } };
  const where: Prisma.ContentReviewWhereInput = {
    page: { deletedAt: null },
    ...(filter === 'assigned-to-me' ? { ...open, reviewerId: staff.session.user.id } : {}),
    ...(filter === 'requested-by-me' ? { ...open, requestedById: staff.session.user.id } : {}),
    ...(filter === 'open' ? open : {}),
  };
  const rows = await db().contentReview.findMany({
    where,
    include: reviewInclude,
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  return reviewSummaries(db(), rows);
}
