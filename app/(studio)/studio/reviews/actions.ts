'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { approveReview } from '@/lib/studio/approve-review';
import { cancelScheduledPublish } from '@/lib/studio/cancel-scheduled-publish';
import { commentOnReview } from '@/lib/studio/comment-on-review';
import { publishReview } from '@/lib/studio/publish-review';
import { requestChanges } from '@/lib/studio/request-changes';
import { withdrawReview } from '@/lib/studio/withdraw-review';
import { ZApproveSchema, ZCommentSchema, ZPublishSchema, ZReviewRefSchema } from '@/lib/validation/studio';

const refresh = <T>(reviewId: string, v: T) => {
  revalidatePath(`/studio/reviews/${reviewId}`);
  revalidatePath('/studio/reviews');
  revalidatePath('/studio/pages');
  return v;
};

export const commentAction = createAction({
  tier: 'content:edit',
  schema: ZCommentSchema,
  handler: async (ctx, input) => refresh(input.reviewId, await commentOnReview(ctx, input)),
});
export const approveAction = createAction({
  tier: 'content:edit',
  schema: ZApproveSchema,
  handler: async (ctx, input) => refresh(input.reviewId, await approveReview(ctx, input)),
});
export const requestChangesAction = createAction({
  tier: 'content:edit',
  schema: ZCommentSchema,
  handler: async (ctx, input) => refresh(input.reviewId, await requestChanges(ctx, input)),
});
export const withdrawAction = createAction({
  tier: 'content:edit',
  schema: ZReviewRefSchema,
  handler: async (ctx, input) => refresh(input.reviewId, await withdrawReview(ctx, input)),
});
export const publishAction = createAction({
  tier: 'content:publish',
  schema: ZPublishSchema,
  handler: async (ctx, input) => refresh(input.reviewId, await publishReview(ctx, input)),
});
export const cancelScheduleAction = createAction({
  tier: 'content:publish',
  schema: ZReviewRefSchema,
  handler: async (ctx, input) => refresh(input.reviewId, await cancelScheduledPublish(ctx, input)),
});
