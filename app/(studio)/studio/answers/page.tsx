import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { Alert } from '@/components/ui/alert';
import { listAnswerEntries } from '@/lib/answers/library/list-answer-entries';
import { tryAnswerQuestion } from '@/lib/answers/library/try-question';
import { VISIBILITY_LABELS } from '@/lib/answers/library/labels';
import { requirePermission } from '@/lib/dal';
import { formatDate } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.answers', 'list.title');

const SELECT = 'rounded-md border border-border bg-bg px-3 py-2 text-sm';

export default async function AnswersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const t = await getConsoleTranslator('studio.answers');
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
          <h1 className="text-3xl font-bold">{t('list.title')}</h1>
          <p className="mt-1 max-w-2xl text-fg-muted">{t('list.intro')}</p>
        </div>
        <Link href="/studio/answers/new" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          {t('list.newEntry')}
        </Link>
      </div>
      {query.done === 'archived' ? <Alert tone="success">{t('list.archived')}</Alert> : null}
      <p>
        {t('list.total', { count: library.total })} ·{' '}
        <Link href="/studio/answers?overdue=1">{t('list.overdue', { count: library.overdue })}</Link> ·{' '}
        <Link href="/studio/answers?status=in_review">{t('list.inReview', { count: library.inReview })}</Link> ·{' '}
        <Link href="/studio/answers/asked">{t('list.askedLink', { count: library.openQuestions })}</Link>
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label={t('list.filterLabel')}>
        <label className="flex flex-col text-sm">
          {t('list.search')}
          <input name="q" defaultValue={query.q ?? ''} className={SELECT} type="search" />
        </label>
        <label className="flex flex-col text-sm">
          {t('visibility')}
          <select name="visibility" defaultValue={query.visibility ?? ''} className={SELECT}>
            <option value="">{t('list.any')}</option>
            {Object.keys(VISIBILITY_LABELS).map((k) => (
              <option key={k} value={k}>
                {t(`visibilityLabel.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t('statusLabel')}
          <select name="status" defaultValue={query.status ?? ''} className={SELECT}>
            <option value="">{t('list.any')}</option>
            <option value="published">{t('status.published')}</option>
            <option value="in_review">{t('status.in_review')}</option>
            <option value="draft">{t('status.draft')}</option>
            <option value="unpublished">{t('list.neverPublished')}</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === '1'} />{' '}
          {t('list.overdueOnly')}
        </label>
        <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm">
          {t('list.filter')}
        </button>
      </form>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('list.tryLabel')}>
        <label className="flex min-w-0 flex-1 flex-col text-sm">
          {t('list.tryField')}
          <input name="try" defaultValue={query.try ?? ''} className={SELECT} />
        </label>
        <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm">
          {t('list.match')}
        </button>
      </form>
      {tried ? (
        <section aria-label={t('list.matches')} className="rounded-md border border-border p-4 text-sm">
          <p>
            {
              t.rich('list.grade', {
                grade: tried.grade,
                strong: (c: unknown) => <strong>{c as React.ReactNode}</strong>,
              }) as React.ReactNode
            }
          </p>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {tried.matches.map((m) => (
              <li key={m.id}>
                {m.shortAnswer ? t('list.matchShort', { short: t(`shortAnswer.${m.shortAnswer}`) }) : null}
                {m.question} <span className="text-fg-muted">{t('list.matchScore', { id: m.id, score: m.score })}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {library.total === 0 ? (
        <div className="rounded-md border border-border p-6">
          <h2 className="text-lg font-semibold">{t('list.emptyTitle')}</h2>
          <p className="mt-2 text-fg-muted">
            {
              t.rich('list.emptyText', {
                new: (c: unknown) => <Link href="/studio/answers/new">{c as React.ReactNode}</Link>,
                asked: (c: unknown) => <Link href="/studio/answers/asked">{c as React.ReactNode}</Link>,
              }) as React.ReactNode
            }
          </p>
        </div>
      ) : library.rows.length === 0 ? (
        <p className="text-fg-muted">
          {filtered ? t('list.noMatchFiltered') : t('list.noMatchYet')}{' '}
          <Link href="/studio/answers">{t('list.showAll')}</Link>
        </p>
      ) : (
        <DataTable
          caption={t('list.caption')}
          columns={[
            t('question'),
            t('list.shortAnswer'),
            t('visibility'),
            t('statusLabel'),
            t('list.owner'),
            t('list.reviewBy'),
          ]}
        >
          {library.rows.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">
                <Link href={`/studio/answers/${r.id}`}>{r.question}</Link>
              </td>
              <td className="py-2 pr-4">{t(`shortAnswer.${r.shortAnswer}`)}</td>
              <td className="py-2 pr-4">{t(`visibilityLabel.${r.visibility}`)}</td>

              <td className="py-2 pr-4">
                {t(`status.${r.status}`)}
                {r.published && r.status !== 'published' ? (
                  <span className="block text-fg-muted">{t('list.earlierLive')}</span>
                ) : null}
              </td>
              <td className="py-2 pr-4">{r.ownerLabel}</td>
              <td className="py-2 pr-4">
                {formatDate(r.reviewBy)}
                {r.overdue ? <span className="ml-2 font-semibold text-warn">{t('list.overdueBadge')}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
