import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/dal';
import type { ReviewFilter } from '@/lib/studio/dto';
import { listReviews } from '@/lib/studio/list-reviews';
import { ReviewStatusBadge } from '@/components/studio/review-status-badge';
import { formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Reviews' };

const TABS: { filter: ReviewFilter; label: string }[] = [
  { filter: 'assigned-to-me', label: 'Assigned to me' },
  { filter: 'requested-by-me', label: 'Requested by me' },
  { filter: 'open', label: 'All open' },
  { filter: 'all', label: 'All, including closed' },
];

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const requested = queryInput(await searchParams).filter;
  const filter = TABS.find((t) => t.filter === requested)?.filter ?? 'assigned-to-me';
  const reviews = await listReviews(ctx, { filter });
  const current = TABS.find((t) => t.filter === filter)!;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Reviews</h1>
        <p className="text-fg-muted">Changes waiting for a second pair of eyes before they reach the public site.</p>
      </div>
      <nav aria-label="Review lists">
        <ul className="flex flex-wrap gap-2 border-b border-border">
          {TABS.map((tab) => (
            <li key={tab.filter}>
              <Link
                href={`/studio/reviews?filter=${tab.filter}`}
                aria-current={tab.filter === filter ? 'page' : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm no-underline ${tab.filter === filter ? 'border-brand font-semibold' : 'border-transparent text-fg-muted hover:text-fg'}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {reviews.length === 0 ? (
        <p className="text-fg-muted">No reviews in &ldquo;{current.label}&rdquo;.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Reviews: {current.label}</caption>
            <thead className="border-b border-border text-fg-muted">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Page
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Requested by
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Reviewer
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Requested
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
                      {r.route} · revision {r.revisionNumber}
                    </div>
                    {r.notable && r.summary ? <div className="mt-1 text-xs">Changelog: {r.summary}</div> : null}
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
