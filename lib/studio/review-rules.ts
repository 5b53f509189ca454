import type { ReviewRow } from './reviews';

// Who may do what with a review (documented in README "Studio"):
// - approve or request changes: the assigned reviewer only (never the requester), while the review is open;
// - comment: any content editor;
// - withdraw: the requester, or anyone with content:publish, until it is published or scheduled;
// - publish: content:publish, an APPROVED review, and — with four-eyes publishing on — not when the
//   publisher is the only person who wrote the revision.

export function canDecide(review: Pick<ReviewRow, 'reviewerId' | 'requestedById' | 'status'>, userId: string): boolean {
  return review.reviewerId === userId && review.requestedById !== userId && review.status === 'PENDING';
}

/** Why `userId` cannot publish this review now (a reason of lib/messages/errors.ts), or null when they can. */
export function publishBlock(review: ReviewRow, userId: string, p: { canPublish: boolean; fourEyes: boolean }) {
  if (!p.canPublish) return 'PUBLISH_NEEDS_PERMISSION';
  if (review.status === 'PUBLISHED') return 'PUBLISH_ALREADY_PUBLISHED';
  if (review.status === 'SCHEDULED') return 'PUBLISH_SCHEDULED';
  if (review.status === 'WITHDRAWN') return 'PUBLISH_WITHDRAWN';
  if (review.status !== 'APPROVED') return 'PUBLISH_NOT_APPROVED';
  if (p.fourEyes && review.revision.contributorIds.every((id) => id === userId)) return 'PUBLISH_FOUR_EYES';
  return null;
}
