import Link from 'next/link';
import { listContentFiles, REVIEW_AFTER_DAYS } from '@/lib/content/list-content-files';
import { requirePermission } from '@/lib/dal';
import { formatDate } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';
import { countOverdueAnswers } from '@/lib/answers/library/list-answer-entries';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.overview', 'title');

export default async function StudioOverviewPage() {
  const ctx = await requirePermission('content:edit');
  const overdueAnswers = await countOverdueAnswers(ctx);
  const pages = listContentFiles();
  const overdue = pages.filter((p) => p.reviewDue);
  const t = await getConsoleTranslator('studio.overview');
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-fg-muted">{t('intro', { count: pages.length, days: REVIEW_AFTER_DAYS })}</p>
      </div>
      <p>
        {t.rich('howTo', {
          pages: (chunks) => <Link href="/studio/pages">{chunks}</Link>,
          reviews: (chunks) => <Link href="/studio/reviews">{chunks}</Link>,
        })}
      </p>
      <p>{t.rich('pagesDue', { count: overdue.length, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {overdueAnswers > 0 ? (
        <p>
          {t.rich('answersDue', {
            count: overdueAnswers,
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => <Link href="/studio/answers?overdue=1">{chunks}</Link>,
          })}
        </p>
      ) : null}
      <DataTable caption={t('table.caption')} columns={[t('table.page'), t('table.address'), t('table.lastReviewed')]}>
        {pages.map((p) => (
          <tr key={p.path} className="border-b border-border">
            <td className="py-2 pr-4">{p.title}</td>
            <td className="py-2 pr-4 font-mono">
              <Link href={p.route}>{p.route}</Link>
            </td>
            <td className="py-2 pr-4">
              {p.lastReviewed ? formatDate(p.lastReviewed) : t('never')}
              {p.reviewDue ? <span className="ml-2 font-semibold text-warn">{t('reviewDue')}</span> : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
