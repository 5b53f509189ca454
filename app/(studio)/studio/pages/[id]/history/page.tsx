import Link from 'next/link';
import { DiffTabs } from '@/components/studio/diff-tabs';
import { RestoreRevisionButton } from '@/components/studio/restore-revision-button';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { getPageForEditing } from '@/lib/studio/get-page-for-editing';
import { getRevision } from '@/lib/studio/get-revision';
import { listRevisions } from '@/lib/studio/list-revisions';
import { formatDateTime } from '@/lib/ui/format';
import { renderedText } from '../../../reviews/rendered-text';
import { pageOrNotFound } from '../../load';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { pathParam } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.history', 'title');

/** Revision origins with words in studio.history.origin (an unknown one shows as it is). */
const ORIGINS = new Set(['import', 'review', 'restore']);

export default async function PageHistory({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePermission('content:edit');
  const id = pathParam((await params).id);
  const editable = await pageOrNotFound(() => getPageForEditing(ctx, { pageId: id }));
  const revisions = await listRevisions(ctx, { pageId: id });
  const wanted = queryInput(await searchParams).revision;
  const selectedId = revisions.find((r) => r.id === wanted)?.id ?? revisions[0]?.id;
  const selected = selectedId ? await getRevision(ctx, { revisionId: selectedId }) : null;
  const t = await getConsoleTranslator('studio.history');
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio/pages" className="text-link underline">
          {t('breadcrumbPages')}
        </Link>{' '}
        <span aria-hidden="true">/</span>{' '}
        <Link href={`/studio/pages/${id}`} className="text-link underline">
          {editable.page.title}
        </Link>{' '}
        <span aria-hidden="true">/</span> {t('breadcrumb')}
      </p>
      <h1 className="text-3xl font-bold">{t('heading', { title: editable.page.title })}</h1>
      {revisions.length === 0 ? (
        <p className="text-fg-muted">{t('empty')}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[20rem_minmax(0,1fr)]">
          <nav aria-label={t('revisions')}>
            <ol className="space-y-2">
              {revisions.map((r) => (
                <li key={r.id}>
                  <Link
                    href={`/studio/pages/${id}/history?revision=${r.id}`}
                    aria-current={r.id === selectedId ? 'page' : undefined}
                    className={`block rounded-md border p-3 text-sm no-underline ${r.id === selectedId ? 'border-brand bg-bg-subtle' : 'border-border hover:bg-bg-subtle'}`}
                  >
                    <span className="font-semibold">{t('revision', { number: r.number })}</span>
                    {r.isPublished ? (
                      <span className="ml-2 rounded-full border border-ok px-2 text-xs text-ok">
                        {t('publishedNow')}
                      </span>
                    ) : null}
                    <span className="mt-1 block">{r.message}</span>
                    <span className="mt-1 block text-xs text-fg-muted">
                      {t('byline', {
                        author: r.author,
                        at: formatDateTime(r.createdAt),
                        origin: ORIGINS.has(r.origin) ? t(`origin.${r.origin}`) : r.origin,
                      })}
                      {r.publishedAt
                        ? r.publishedBy
                          ? t('publishedBy', { at: formatDateTime(r.publishedAt), name: r.publishedBy })
                          : t('published', { at: formatDateTime(r.publishedAt) })
                        : ''}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          {selected ? (
            <section aria-labelledby="revision-heading" className="min-w-0 space-y-4">
              <div className="flex flex-wrap items-center gap-3">
                <h2 id="revision-heading" className="text-xl font-semibold">
                  {t('revision', { number: selected.number })}
                </h2>
                <RestoreRevisionButton
                  pageId={id}
                  revisionId={selected.id}
                  number={selected.number}
                  expectedVersion={editable.draft?.version ?? 0}
                  hasDraft={!!editable.draft}
                />
              </div>
              <p className="text-sm text-fg-muted">
                {selected.previousSource === null ? t('first') : t('against', { number: selected.number - 1 })}
              </p>
              <DiffTabs
                before={selected.previousSource ?? ''}
                after={selected.source}
                renderedBefore={selected.previousSource === null ? '' : renderedText(selected.previousSource)}
                renderedAfter={renderedText(selected.source)}
                label={t('sourceLabel', { number: selected.number })}
              />
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
