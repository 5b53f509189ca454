import Link from 'next/link';
import { DiffTabs } from '@/components/studio/diff-tabs';
import { ReviewActions } from '@/components/studio/review-actions';
import { ReviewStatusBadge } from '@/components/studio/review-status-badge';
import { can } from '@/lib/access/can';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { getReview } from '@/lib/studio/get-review';
import { formatDateTime } from '@/lib/ui/format';
import { pageOrNotFound } from '../../pages/load';
import { renderedText } from '../rendered-text';
import { pathParam } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.review', 'title');

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePermission('content:edit');
  const id = pathParam((await params).id);
  const review = await pageOrNotFound(() => getReview(ctx, { reviewId: id }));
  const me = ctx.session.user.name || ctx.session.user.email;
  const before = review.published?.source ?? '';
  const t = await getConsoleTranslator('studio.review');
  const against = review.published ? t('againstPublished', { number: review.published.number }) : t('againstNothing');
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio/reviews" className="text-link underline">
          {t('breadcrumb')}
        </Link>{' '}
        <span aria-hidden="true">/</span> {review.pageTitle}
      </p>
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h1 className="text-3xl font-bold">{t('heading', { title: review.pageTitle })}</h1>
          <ReviewStatusBadge status={review.status} scheduledFor={review.scheduledFor} />
        </div>
        <p className="text-sm text-fg-muted">
          {t.rich('byline', {
            number: review.revisionNumber,
            route: review.route,
            requestedBy: review.requestedBy,
            at: formatDateTime(review.createdAt),
            reviewer: review.reviewer,
            against,
            link: (chunks) => (
              <a href={review.route} className="font-mono text-link underline">
                {chunks}
              </a>
            ),
          })}
        </p>
        <blockquote className="border-l-4 border-border pl-3 whitespace-pre-wrap">{review.message}</blockquote>
        {review.notable ? (
          <p className="text-sm">
            {t.rich('notable', { summary: review.summary ?? '', strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/studio/pages/${review.pageId}`} className="text-link underline">
            {t('openEditor')}
          </Link>
          <Link href={`/studio/pages/${review.pageId}/history`} className="text-link underline">
            {t('history')}
          </Link>
        </p>
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <DiffTabs
          before={before}
          after={review.revision.source}
          renderedBefore={review.published ? renderedText(before) : ''}
          renderedAfter={renderedText(review.revision.source)}
          label={t('sourceLabel', { number: review.revision.number, against })}
        />
        <ReviewActions
          review={review}
          isRequester={review.requestedBy === me}
          mayPublish={can(ctx, 'content:publish')}
        />
      </div>
    </div>
  );
}
