import type { ReviewRow } from './reviews';

// Who may do what with a review (documented in README "Studio"):
// - approve or request changes: the assigned reviewer only (never the requester), while the review is open;
// - comment: any content editor;
// - withdraw: the requester, or anyone with content:publish, until it is published or scheduled;
// - publish: content:publish, an APPROVED review, and — with four-eyes publishing on — not when the
//   publisher is the only person who wrote the revision.

export const FOUR_EYES_MESSAGE =
  'Four-eyes publishing is on: you wrote every change in this revision, so a colleague with publishing rights must publish it.';

export function canDecide(review: Pick<ReviewRow, 'reviewerId' | 'requestedById' | 'status'>, userId: string): boolean {
  return review.reviewerId === userId && review.requestedById !== userId && review.status === 'PENDING';
}

/** Why `userId` cannot publish this review now, or null when they can. */
export function publishBlock(review: ReviewRow, userId: string, p: { canPublish: boolean; fourEyes: boolean }): string | null {
  if (!p.canPublish) return 'Publishing needs the content:publish permission.';
  if (review.status === 'PUBLISHED') return 'This revision is already published.';
  if (review.status === 'SCHEDULED') return 'This revision is scheduled for publication; cancel the schedule to publish it now.';
  if (review.status === 'WITHDRAWN') return 'This review was withdrawn.';
  if (review.status !== 'APPROVED') return 'The reviewer has not approved this revision yet.';
  if (p.fourEyes && review.revision.contributorIds.every((id) => id === userId)) return FOUR_EYES_MESSAGE;
  return null;
}
