import type { AnswerRevision } from '@/lib/generated/prisma/client';
import type { TEvidence } from '@/lib/validation/answers';

// Shared by the library's use-cases: the DTOs they return and the small rules they agree on.

export type AnswerVisibility = 'public' | 'nda' | 'internal';
export type ShortAnswer = 'yes' | 'no' | 'partial' | 'not_applicable';
export type AnswerRevisionStatus = 'draft' | 'in_review' | 'published' | 'superseded' | 'discarded';

export { SHORT_ANSWER_LABELS, VISIBILITY_LABELS } from './labels';

/** An entry's review-by date when the author gives none: a year from today. */
export const DEFAULT_REVIEW_DAYS = 365;

/** YYYY-MM-DD of the default review-by date for an entry written now. */
export function defaultReviewBy(now = new Date()): string {
  return new Date(now.getTime() + DEFAULT_REVIEW_DAYS * 86_400_000).toISOString().slice(0, 10);
}

export interface AnswerRevisionDto {
  id: string;
  entryId: string;
  number: number;
  status: AnswerRevisionStatus;
  question: string;
  alternatives: string[];
  shortAnswer: ShortAnswer;
  answer: string;
  evidence: TEvidence[];
  visibility: AnswerVisibility;
  ownerId: string | null;
  ownerLabel: string;
  /** YYYY-MM-DD */
  reviewBy: string;
  message: string;
  origin: string;
  authorLabel: string;
  contributorIds: string[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

export function revisionDto(r: AnswerRevision): AnswerRevisionDto {
  return {
    id: r.id,
    entryId: r.entryId,
    number: r.number,
    status: r.status,
    question: r.question,
    alternatives: r.alternatives,
    shortAnswer: r.shortAnswer,
    answer: r.answer,
    evidence: evidenceOf(r.evidence),
    visibility: r.visibility,
    ownerId: r.ownerId,
    ownerLabel: r.ownerLabel,
    reviewBy: r.reviewBy.toISOString().slice(0, 10),
    message: r.message,
    origin: r.origin,
    authorLabel: r.authorLabel,
    contributorIds: r.contributorIds,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
  };
}

/** The stored evidence JSON, keeping only well-formed links. */
export function evidenceOf(json: unknown): TEvidence[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (e): e is TEvidence =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as TEvidence).label === 'string' &&
      typeof (e as TEvidence).href === 'string',
  );
}

/** A review-by date before today (UTC) is overdue. */
export function isOverdue(reviewBy: Date | string, now = new Date()): boolean {
  const day = typeof reviewBy === 'string' ? reviewBy : reviewBy.toISOString().slice(0, 10);
  return day < now.toISOString().slice(0, 10);
}

/** "Do you enforce MFA for admins?" → "do-you-enforce-mfa-for-admins" (at most 60 characters, whole words). */
export function slugFromQuestion(question: string): string {
  const words = question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? ['entry'];
  let slug = '';
  for (const w of words) {
    if ((slug ? slug.length + 1 : 0) + w.length > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug || 'entry';
}

/** The label an audit event and a list show for an entry. */
export const entryLabel = (question: string, slug: string) =>
  `${question.length > 120 ? `${question.slice(0, 117)}…` : question} (${slug})`;

/** Why `userId` cannot publish this revision (a reason of lib/messages/errors.ts), or null when they can. */
export function answerPublishBlock(
  revision: { status: string; contributorIds: string[] },
  userId: string,
  p: { canPublish: boolean; fourEyes: boolean },
) {
  if (!p.canPublish) return 'ANSWER_PUBLISH_NEEDS_PERMISSION' as const;
  if (revision.status !== 'in_review') return 'ANSWER_NOT_IN_REVIEW' as const;
  if (p.fourEyes && revision.contributorIds.every((id) => id === userId)) return 'ANSWER_PUBLISH_FOUR_EYES' as const;
  return null;
}
