import Link from 'next/link';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import type { ReviewFilter } from '@/lib/studio/dto';
import { listReviews } from '@/lib/studio/list-reviews';
import { ReviewStatusBadge } from '@/components/studio/review-status-badge';
import { formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.reviews', 'title');

/** The lists, in order; each one's name is studio.reviews.tabs.<filter>. */
const TABS: ReviewFilter[] = ['assigned-to-me', 'requested-by-me', 'open', 'all'];

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const requested = queryInput(await searchParams).filter;
  const filter = TABS.find((f) => f === requested) ?? 'assigned-to-me';
  const reviews = await listReviews(ctx, { filter });
  const t = await getConsoleTranslator('studio.reviews');
  const current = t(`tabs.${filter}`);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-fg-muted">{t('intro')}</p>
      </div>
      <nav aria-label={t('lists')}>
        <ul className="flex flex-wrap gap-2 border-b border-border">
          {TABS.map((tab) => (
            <li key={tab}>
              <Link
                href={`/studio/reviews?filter=${tab}`}
                aria-current={tab === filter ? 'page' : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm no-underline ${tab === filter ? 'border-brand font-semibold' : 'border-transparent text-fg-muted hover:text-fg'}`}
              >
                {t(`tabs.${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {reviews.length === 0 ? (
        <p className="text-fg-muted">{t('empty', { list: current })}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('caption', { list: current })}</caption>
            <thead className="border-b border-border text-fg-muted">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('columns.page')}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('columns.status')}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('columns.requestedBy')}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('columns.reviewer')}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('columns.requested')}
                </th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.id} className="border-b border-border align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/studio/reviews/${r.id}`} className="font-medium text-link underline">
                      {r.pageTitle}
                    </Link>
                    <div className="font-mono text-xs text-fg-muted">
                      {t('routeLine', { route: r.route, number: r.revisionNumber })}
                    </div>
                    {r.notable && r.summary ? (
                      <div className="mt-1 text-xs">{t('changelog', { summary: r.summary })}</div>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">
                    <ReviewStatusBadge status={r.status} scheduledFor={r.scheduledFor} />
                  </td>
                  <td className="py-2 pr-4">{r.requestedBy}</td>
                  <td className="py-2 pr-4">{r.reviewer}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
