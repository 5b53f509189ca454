import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { Alert } from '@/components/ui/alert';
import { listAnswerEntries } from '@/lib/answers/library/list-answer-entries';
import { tryAnswerQuestion } from '@/lib/answers/library/try-question';
import { SHORT_ANSWER_LABELS, VISIBILITY_LABELS } from '@/lib/answers/library/labels';
import { requirePermission } from '@/lib/dal';
import { formatDate } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Answers' };

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
  superseded: 'Superseded',
  discarded: 'Discarded',
};

const SELECT = 'rounded-md border border-border bg-bg px-3 py-2 text-sm';

export default async function AnswersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const query = queryInput(await searchParams);
  const library = await listAnswerEntries(ctx, query);
  const tried =
    query.try && query.try.trim().length >= 3
      ? await tryAnswerQuestion(ctx, { question: query.try.slice(0, 500) })
      : null;
  const filtered = Boolean(query.q || query.visibility || query.status || query.overdue);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Answers</h1>
          <p className="mt-1 max-w-2xl text-fg-muted">
            The approved answers to security-questionnaire questions. Published public answers also answer prospects in
            the trust center&rsquo;s &ldquo;Ask a security question&rdquo; box.
          </p>
        </div>
        <Link href="/studio/answers/new" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          New entry
        </Link>
      </div>
      {query.done === 'archived' ? <Alert tone="success">The entry was archived.</Alert> : null}
      <p>
        {library.total} {library.total === 1 ? 'entry' : 'entries'} ·{' '}
        <Link href="/studio/answers?overdue=1">
          {library.overdue} past {library.overdue === 1 ? 'its' : 'their'} review-by date
        </Link>{' '}
        · <Link href="/studio/answers?status=in_review">{library.inReview} in review</Link> ·{' '}
        <Link href="/studio/answers/asked">Asked by prospects ({library.openQuestions})</Link>
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter answers">
        <label className="flex flex-col text-sm">
          Search
          <input name="q" defaultValue={query.q ?? ''} className={SELECT} type="search" />
        </label>
        <label className="flex flex-col text-sm">
          Visibility
          <select name="visibility" defaultValue={query.visibility ?? ''} className={SELECT}>
            <option value="">Any</option>
            {Object.entries(VISIBILITY_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Status
          <select name="status" defaultValue={query.status ?? ''} className={SELECT}>
            <option value="">Any</option>
            <option value="published">Published</option>
            <option value="in_review">In review</option>
            <option value="draft">Draft</option>
            <option value="unpublished">Never published</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === '1'} /> Overdue only
        </label>
        <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm">
          Filter
        </button>
      </form>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Try a question">
        <label className="flex min-w-0 flex-1 flex-col text-sm">
          Try a question (every visibility: what the matcher answers)
          <input name="try" defaultValue={query.try ?? ''} className={SELECT} />
        </label>
        <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm">
          Match
        </button>
      </form>
      {tried ? (
        <section aria-label="Matches" className="rounded-md border border-border p-4 text-sm">
          <p>
            Grade: <strong>{tried.grade}</strong>
          </p>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {tried.matches.map((m) => (
              <li key={m.id}>
                {m.shortAnswer ? `${SHORT_ANSWER_LABELS[m.shortAnswer]} — ` : ''}
                {m.question}{' '}
                <span className="text-fg-muted">
                  ({m.id}, score {m.score})
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {library.total === 0 ? (
        <div className="rounded-md border border-border p-6">
          <h2 className="text-lg font-semibold">The library is empty</h2>
          <p className="mt-2 text-fg-muted">
            Start with the questions prospects ask most: write an entry with{' '}
            <Link href="/studio/answers/new">New entry</Link>, or turn a question from{' '}
            <Link href="/studio/answers/asked">Asked by prospects</Link> into one. Until an entry is published, the Ask
            box answers only from the trust center&rsquo;s published pages.
          </p>
        </div>
      ) : library.rows.length === 0 ? (
        <p className="text-fg-muted">
          No entry matches {filtered ? 'these filters' : 'yet'}. <Link href="/studio/answers">Show all</Link>
        </p>
      ) : (
        <DataTable
          caption="Answer library"
          columns={['Question', 'Short answer', 'Visibility', 'Status', 'Owner', 'Review by']}
        >
          {library.rows.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">
                <Link href={`/studio/answers/${r.id}`}>{r.question}</Link>
              </td>
              <td className="py-2 pr-4">{SHORT_ANSWER_LABELS[r.shortAnswer]}</td>
              <td className="py-2 pr-4">{VISIBILITY_LABELS[r.visibility]}</td>
              <td className="py-2 pr-4">
                {STATUS_LABELS[r.status]}
                {r.published && r.status !== 'published' ? (
                  <span className="block text-fg-muted">(an earlier revision is live)</span>
                ) : null}
              </td>
              <td className="py-2 pr-4">{r.ownerLabel}</td>
              <td className="py-2 pr-4">
                {formatDate(r.reviewBy)}
                {r.overdue ? <span className="ml-2 font-semibold text-warn">Overdue</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
