import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReviewFilterSchema } from '@/lib/validation/studio';
import { studioActor } from './access';
import type { ReviewFilter, ReviewSummary } from './dto';
import { OPEN_REVIEW_STATUSES } from './pages';
import { reviewInclude, reviewSummaries } from './reviews';

/** Reviews for the studio's inbox: assigned to me / requested by me (open ones), every open one, or all (last 200). */
export async function listReviews(ctx: Ctx, input: { filter?: ReviewFilter } = {}): Promise<ReviewSummary[]> {
  const actor = await studioActor(ctx);
  const { filter } = parseInput(ZReviewFilterSchema, input);
  const open = { status: { in: OPEN_REVIEW_STATUSES } };
  const where: Prisma.ContentReviewWhereInput = {
    page: { deletedAt: null },
    ...(filter === 'assigned-to-me' ? { ...open, reviewerId: actor.userId } : {}),
    ...(filter === 'requested-by-me' ? { ...open, requestedById: actor.userId } : {}),
    ...(filter === 'open' ? open : {}),
  };
  const rows = await db().contentReview.findMany({ where, include: reviewInclude, orderBy: { createdAt: 'desc' }, take: 200 });
  return reviewSummaries(db(), rows);
}
