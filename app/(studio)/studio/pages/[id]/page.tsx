import Link from 'next/link';
import { PageEditor } from '@/components/studio/page-editor';
import { PageStatusBadges } from '@/components/studio/page-status-badges';
import { TranslationSourcePanel, TranslationsPanel } from '@/components/studio/translations-panel';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { getPageForEditing } from '@/lib/studio/get-page-for-editing';
import { listReviewers } from '@/lib/studio/list-reviewers';
import { pageOrNotFound } from '../load';
import { pathParam } from '@/lib/validation/input';
import { renderedText } from '../../reviews/rendered-text';

export const generateMetadata = consoleTitle('studio.editor', 'title');

export default async function EditPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePermission('content:edit');
  const id = pathParam((await params).id);
  const data = await pageOrNotFound(() => getPageForEditing(ctx, { pageId: id }));
  const reviewers = await listReviewers(ctx);
  const t = await getConsoleTranslator('studio.editor');
  const review = data.openReview;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/studio/pages" className="text-link underline">
          {t('breadcrumb')}
        </Link>{' '}
        <span aria-hidden="true">/</span> {data.page.title}
      </p>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-3xl font-bold">
          {data.page.title}
          {data.page.localeName ? (
            <span className="text-fg-muted">{t('language', { language: data.page.localeName })}</span>
          ) : null}
        </h1>
        <a href={data.page.route} className="font-mono text-sm text-link underline">
          {data.page.route}
        </a>
        <PageStatusBadges page={data.page} />
      </div>
      {review ? (
        <p className="text-sm">
          {t.rich('inReview', {
            reviewer: review.reviewer,
            number: review.revisionNumber,
            link: (chunks) => (
              <Link href={`/studio/reviews/${review.id}`} className="text-link underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {data.translation ? (
        <TranslationSourcePanel
          data={data}
          translation={data.translation}
          rendered={{
            before: data.translation.baseSource === null ? null : renderedText(data.translation.baseSource),
            after: data.translation.sourceRevision ? renderedText(data.translation.sourceRevision.source) : null,
          }}
        />
      ) : (
        <TranslationsPanel
          pageId={data.page.id}
          published={data.page.published}
          translations={data.page.translations}
        />
      )}
      {/* A new draft (discarded, restored) mounts a fresh editor. */}
      <PageEditor key={data.draft ? `draft-${data.draft.updatedAt}` : 'published'} data={data} reviewers={reviewers} />
    </div>
  );
}
