'use client';

import { useTranslations } from 'use-intl';
import type { StudioPageSummary } from '@/lib/studio/dto';

const BADGE = 'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium';

/** Published / Draft / In review / Hidden, in words (not colour alone). */
export function PageStatusBadges({
  page,
}: {
  page: Pick<StudioPageSummary, 'published' | 'hasDraft' | 'hidden' | 'openReview'>;
}) {
  const t = useTranslations('studio.pageStatus');
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {page.published ? (
        <span className={`${BADGE} border-ok text-ok`}>{t('published')}</span>
      ) : (
        <span className={`${BADGE} border-border text-fg-muted`}>{t('notPublished')}</span>
      )}
      {page.hasDraft ? <span className={`${BADGE} border-warn text-warn`}>{t('draft')}</span> : null}
      {page.openReview ? (
        <span className={`${BADGE} border-link text-link`}>
          {page.openReview.status === 'SCHEDULED'
            ? t('scheduled')
            : page.openReview.status === 'APPROVED'
              ? t('approved')
              : page.openReview.status === 'CHANGES_REQUESTED'
                ? t('changesRequested')
                : t('inReview')}
        </span>
      ) : null}
      {page.hidden ? <span className={`${BADGE} border-border text-fg-muted`}>{t('hidden')}</span> : null}
    </span>
  );
}
