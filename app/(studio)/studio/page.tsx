import type { Metadata } from 'next';
import Link from 'next/link';
import { listContentFiles, REVIEW_AFTER_DAYS } from '@/lib/content/list-content-files';
import { requirePermission } from '@/lib/dal';
import { formatDate } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';
import { countOverdueAnswers } from '@/lib/answers/library/list-answer-entries';

export const metadata: Metadata = { title: 'Studio' };

export default async function StudioOverviewPage() {
  const ctx = await requirePermission('content:edit');
  const overdueAnswers = await countOverdueAnswers(ctx);
  const pages = listContentFiles();
  const overdue = pages.filter((p) => p.reviewDue);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Studio</h1>
        <p className="mt-1 text-fg-muted">
          The trust center&rsquo;s {pages.length} pages and when each was last reviewed. Pages not reviewed in{' '}
          {REVIEW_AFTER_DAYS} days are flagged.
        </p>
      </div>
      <p>
        Edit pages in <Link href="/studio/pages">Pages</Link>; changes go live after a second person approves them in{' '}
        <Link href="/studio/reviews">Reviews</Link>.
      </p>
      <p>
        <strong>{overdue.length}</strong> {overdue.length === 1 ? 'page needs' : 'pages need'} a review.
      </p>
      {overdueAnswers > 0 ? (
        <p>
          <strong>{overdueAnswers}</strong> {overdueAnswers === 1 ? 'answer is' : 'answers are'} past{' '}
          {overdueAnswers === 1 ? 'its' : 'their'} review-by date:{' '}
          <Link href="/studio/answers?overdue=1">review the overdue answers</Link>.
        </p>
      ) : null}
      <DataTable caption="Trust-center pages" columns={['Page', 'Address', 'Last reviewed']}>
        {pages.map((p) => (
          <tr key={p.path} className="border-b border-border">
            <td className="py-2 pr-4">{p.title}</td>
            <td className="py-2 pr-4 font-mono">
              <Link href={p.route}>{p.route}</Link>
            </td>
            <td className="py-2 pr-4">
              {p.lastReviewed ? formatDate(p.lastReviewed) : 'Never'}
              {p.reviewDue ? <span className="ml-2 font-semibold text-warn">Review due</span> : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
