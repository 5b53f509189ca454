import type { StudioPageSummary } from '@/lib/studio/dto';

const BADGE = 'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium';

/** Published / Draft / In review / Hidden, in words (not colour alone). */
export function PageStatusBadges({
  page,
}: {
  page: Pick<StudioPageSummary, 'published' | 'hasDraft' | 'hidden' | 'openReview'>;
}) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {page.published ? (
        <span className={`${BADGE} border-ok text-ok`}>Published</span>
      ) : (
        <span className={`${BADGE} border-border text-fg-muted`}>Not published</span>
      )}
      {page.hasDraft ? <span className={`${BADGE} border-warn text-warn`}>Draft</span> : null}
      {page.openReview ? (
        <span className={`${BADGE} border-link text-link`}>
          {page.openReview.status === 'SCHEDULED'
            ? 'Scheduled'
            : page.openReview.status === 'APPROVED'
              ? 'Approved'
              : page.openReview.status === 'CHANGES_REQUESTED'
                ? 'Changes requested'
                : 'In review'}
        </span>
      ) : null}
      {page.hidden ? <span className={`${BADGE} border-border text-fg-muted`}>Hidden</span> : null}
    </span>
  );
}
