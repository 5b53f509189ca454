import { formatDate } from '@/lib/ui/format';

/** "Last updated" (from the content's history) and "Last reviewed" (by its owner, from the frontmatter). */
export function PageDates({
  lastUpdated,
  lastReviewed,
  owner,
  locale,
  labels,
}: {
  lastUpdated: string;
  lastReviewed: string;
  owner: string;
  locale: string;
  labels: { lastUpdated: string; lastReviewed: string; owner: string };
}) {
  return (
    <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-fg-muted">
      <div className="flex gap-1">
        <dt>{labels.lastUpdated}</dt>
        <dd className="m-0 text-fg">
          <time dateTime={lastUpdated}>{formatDate(lastUpdated.slice(0, 10), locale)}</time>
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>{labels.lastReviewed}</dt>
        <dd className="m-0 text-fg">
          <time dateTime={lastReviewed}>{formatDate(lastReviewed, locale)}</time>
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>{labels.owner}</dt>
        <dd className="m-0 text-fg">{owner}</dd>
      </div>
    </dl>
  );
}
