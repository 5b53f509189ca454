import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { ZAnswerListQuerySchema } from '@/lib/validation/answers';
import { STUDIO } from '@/lib/studio/access';
import { isOverdue, type AnswerRevisionStatus, type AnswerVisibility, type ShortAnswer } from './entries';

export interface AnswerEntryRow {
  id: string;
  slug: string;
  /** The newest revision's question (what staff work on). */
  question: string;
  shortAnswer: ShortAnswer;
  visibility: AnswerVisibility;
  ownerLabel: string;
  reviewBy: string;
  overdue: boolean;
  /** The newest revision's status. */
  status: AnswerRevisionStatus;
  published: boolean;
  publishedAt: string | null;
}

export interface AnswerLibraryOverview {
  rows: AnswerEntryRow[];
  total: number;
  overdue: number;
  inReview: number;
  openQuestions: number;
}

/** The studio's list: search (question, alternatives, answer, slug), and filters by visibility, status, overdue. */
export async function listAnswerEntries(ctx: Ctx, query: unknown = {}): Promise<AnswerLibraryOverview> {
  await authorize(ctx, 'content:edit', STUDIO);
  const f = ZAnswerListQuerySchema.parse(query ?? {});
  const entries = await db().answerEntry.findMany({
    where: { archivedAt: null },
    include: { revisions: { orderBy: { number: 'desc' }, take: 1 } },
    orderBy: { slug: 'asc' },
  });
  const now = new Date();
  const all: AnswerEntryRow[] = entries.flatMap((e) => {
    const r = e.revisions[0];
    if (!r) return [];
    return [
      {
        id: e.id,
        slug: e.slug,
        question: r.question,
        shortAnswer: r.shortAnswer,
        visibility: r.visibility,
        ownerLabel: r.ownerLabel,
        reviewBy: r.reviewBy.toISOString().slice(0, 10),
        overdue: isOverdue(r.reviewBy, now),
        status: r.status,
        published: !!e.publishedRevisionId,
        publishedAt: e.publishedAt?.toISOString() ?? null,
        _search: `${e.slug} ${r.question} ${r.alternatives.join(' ')} ${r.answer}`.toLowerCase(),
      },
    ];
  }) as (AnswerEntryRow & { _search: string })[];
  const words = f.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const rows = (all as (AnswerEntryRow & { _search: string })[])
    .filter((r) => words.every((w) => r._search.includes(w)))
    .filter((r) => !f.visibility || r.visibility === f.visibility)
    .filter((r) => !f.overdue || r.overdue)
    .filter(
      (r) =>
        !f.status ||
        (f.status === 'published'
          ? r.status === 'published'
          : f.status === 'unpublished'
            ? !r.published
            : r.status === f.status),
    )
    .map(({ _search, ...row }) => row);
  const openQuestions = await db().askedQuestion.count({ where: { status: 'open' } });
  return {
    rows,
    total: all.length,
    overdue: all.filter((r) => r.overdue).length,
    inReview: all.filter((r) => r.status === 'in_review').length,
    openQuestions,
  };
}

/** The studio overview's flag: entries whose newest revision is past its review-by date. */
export async function countOverdueAnswers(ctx: Ctx): Promise<number> {
  await authorize(ctx, 'content:edit', STUDIO);
  const today = new Date(new Date().toISOString().slice(0, 10));
  const entries = await db().answerEntry.findMany({
    where: { archivedAt: null },
    select: { revisions: { orderBy: { number: 'desc' }, take: 1, select: { reviewBy: true } } },
  });
  return entries.filter((e) => e.revisions[0] && e.revisions[0].reviewBy < today).length;
}
