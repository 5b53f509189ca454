import type { Metadata } from 'next';
import Link from 'next/link';
import { DiffTabs } from '@/components/studio/diff-tabs';
import { RestoreRevisionButton } from '@/components/studio/restore-revision-button';
import { requirePermission } from '@/lib/dal';
import { getPageForEditing } from '@/lib/studio/get-page-for-editing';
import { getRevision } from '@/lib/studio/get-revision';
import { listRevisions } from '@/lib/studio/list-revisions';
import { formatDateTime } from '@/lib/ui/format';
import { renderedText } from '../../../reviews/rendered-text';
import { pageOrNotFound } from '../../load';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { pathParam } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Page history' };

const ORIGINS: Record<string, string> = {
  import: 'imported from the content folder',
  review: 'from a review',
  restore: 'restored',
};

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
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio/pages" className="text-link underline">
          Pages
        </Link>{' '}
        <span aria-hidden="true">/</span>{' '}
        <Link href={`/studio/pages/${id}`} className="text-link underline">
          {editable.page.title}
        </Link>{' '}
        <span aria-hidden="true">/</span> History
      </p>
      <h1 className="text-3xl font-bold">History: {editable.page.title}</h1>
      {revisions.length === 0 ? (
        <p className="text-fg-muted">No revisions yet: the page has not been through a review.</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[20rem_minmax(0,1fr)]">
          <nav aria-label="Revisions">
            <ol className="space-y-2">
              {revisions.map((r) => (
                <li key={r.id}>
                  <Link
                    href={`/studio/pages/${id}/history?revision=${r.id}`}
                    aria-current={r.id === selectedId ? 'page' : undefined}
                    className={`block rounded-md border p-3 text-sm no-underline ${r.id === selectedId ? 'border-brand bg-bg-subtle' : 'border-border hover:bg-bg-subtle'}`}
                  >
                    <span className="font-semibold">Revision {r.number}</span>
                    {r.isPublished ? (
                      <span className="ml-2 rounded-full border border-ok px-2 text-xs text-ok">Published now</span>
                    ) : null}
                    <span className="mt-1 block">{r.message}</span>
                    <span className="mt-1 block text-xs text-fg-muted">
                      {r.author}, {formatDateTime(r.createdAt)}, {ORIGINS[r.origin] ?? r.origin}
                      {r.publishedAt
                        ? `; published ${formatDateTime(r.publishedAt)}${r.publishedBy ? ` by ${r.publishedBy}` : ''}`
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
                  Revision {selected.number}
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
                {selected.previousSource === null
                  ? 'The first revision: shown against an empty page.'
                  : `Changes against revision ${selected.number - 1}.`}
              </p>
              <DiffTabs
                before={selected.previousSource ?? ''}
                after={selected.source}
                renderedBefore={selected.previousSource === null ? '' : renderedText(selected.previousSource)}
                renderedAfter={renderedText(selected.source)}
                label={`Source of revision ${selected.number}`}
              />
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
