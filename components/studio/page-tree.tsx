'use client';

// The trust center's pages by section, with the tree changes (new, rename, move, reorder, hide, delete).
import Link from 'next/link';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { reorderPagesAction, setPageHiddenAction } from '@/app/(studio)/studio/pages/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { StudioPageSummary, StudioTree } from '@/lib/studio/dto';
import { formatDateTime } from '@/lib/ui/format';
import { PageStatusBadges } from './page-status-badges';
import { TranslationBadges } from './translation-badges';
import { DeletePageDialog, MovePageDialog, NewPageDialog, RenamePageDialog } from './page-tree-dialogs';

type Dialog = { kind: 'new' } | { kind: 'rename' | 'move' | 'delete'; page: StudioPageSummary } | null;

const SMALL = 'rounded border border-border px-2 py-0.5 text-xs hover:bg-bg-subtle disabled:opacity-50';

export function PageTree({ tree, canPublish }: { tree: StudioTree; canPublish: boolean }) {
  const router = useRouter();
  const t = useTranslations('studio.tree');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sections = tree.sections.map(({ key, title }) => ({ key, title }));

  async function run(what: () => Promise<{ ok: boolean; error?: string }>, done: string) {
    setBusy(true);
    setError(null);
    const result = await what();
    setBusy(false);
    if (!result.ok) setError(result.error ?? t('failed'));
    else {
      setNotice(done);
      router.refresh();
    }
  }

  function reorder(section: StudioTree['sections'][number], page: StudioPageSummary, delta: -1 | 1) {
    const movable = section.pages.filter((p) => p.slug !== 'index');
    const from = movable.findIndex((p) => p.id === page.id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= movable.length) return;
    const ids = movable.map((p) => p.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    void run(
      () => reorderPagesAction(null, { section: section.key, pageIds: ids }),
      delta < 0 ? t('movedUp', { title: page.title }) : t('movedDown', { title: page.title }),
    );
  }

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => setDialog({ kind: 'new' })}>{t('newPage')}</Button>
        {notice && !error ? (
          <p role="status" className="text-sm text-ok">
            {notice}
          </p>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {tree.sections.map((section) => {
        const movable = section.pages.filter((p) => p.slug !== 'index');
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="space-y-2">
            <h2 id={`section-${section.key}`} className="text-xl font-semibold">
              {section.title} <span className="font-mono text-sm font-normal text-fg-muted">{section.path}</span>
            </h2>
            {section.pages.length === 0 ? (
              <p className="text-sm text-fg-muted">{t('empty')}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full table-fixed text-left text-sm">
                  <caption className="sr-only">{t('caption', { section: section.title })}</caption>
                  <thead className="border-b border-border text-fg-muted">
                    <tr>
                      <th scope="col" className="w-[36%] py-2 pr-4 font-medium">
                        {t('columns.page')}
                      </th>
                      <th scope="col" className="w-[17%] py-2 pr-4 font-medium">
                        {t('columns.status')}
                      </th>
                      <th scope="col" className="py-2 pr-4 font-medium">
                        {t('columns.actions')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {section.pages.map((page) => {
                      const isIndex = page.slug === 'index';
                      const position = movable.findIndex((p) => p.id === page.id);
                      const sr = <span className="sr-only"> {page.title}</span>;
                      return (
                        <tr key={page.id} className="border-b border-border align-top">
                          <td className="py-2 pr-4">
                            <Link href={`/studio/pages/${page.id}`} className="font-medium text-link underline">
                              {page.title}
                            </Link>
                            <div className="font-mono text-xs break-all text-fg-muted">{page.route}</div>
                          </td>
                          <td className="py-2 pr-4">
                            <PageStatusBadges page={page} />
                            <TranslationBadges translations={page.translations} />
                            {page.hasDraft && page.draftUpdatedAt ? (
                              <div className="mt-1 text-xs text-fg-muted">
                                {page.draftUpdatedBy
                                  ? t('draftBy', { name: page.draftUpdatedBy, at: formatDateTime(page.draftUpdatedAt) })
                                  : t('draftBySomeone', { at: formatDateTime(page.draftUpdatedAt) })}
                              </div>
                            ) : null}
                          </td>
                          <td className="py-2 pr-4">
                            {canPublish ? (
                              <div className="flex flex-wrap gap-1">
                                {isIndex ? (
                                  <span className="text-xs text-fg-muted">{t('sectionPage')}</span>
                                ) : (
                                  <>
                                    <button
                                      type="button"
                                      className={SMALL}
                                      disabled={busy}
                                      onClick={() => setDialog({ kind: 'rename', page })}
                                    >
                                      {t('rename')}
                                      {sr}
                                    </button>
                                    <button
                                      type="button"
                                      className={SMALL}
                                      disabled={busy}
                                      onClick={() => setDialog({ kind: 'move', page })}
                                    >
                                      {t('move')}
                                      {sr}
                                    </button>
                                    <button
                                      type="button"
                                      className={SMALL}
                                      disabled={busy || position <= 0}
                                      onClick={() => reorder(section, page, -1)}
                                    >
                                      {t('moveUp')}
                                      {sr}
                                    </button>
                                    <button
                                      type="button"
                                      className={SMALL}
                                      disabled={busy || position >= movable.length - 1}
                                      onClick={() => reorder(section, page, 1)}
                                    >
                                      {t('moveDown')}
                                      {sr}
                                    </button>
                                    <button
                                      type="button"
                                      className={SMALL}
                                      disabled={busy}
                                      onClick={() =>
                                        void run(
                                          () => setPageHiddenAction(null, { pageId: page.id, hidden: !page.hidden }),
                                          page.hidden
                                            ? t('shown', { title: page.title })
                                            : t('hidden', { title: page.title }),
                                        )
                                      }
                                    >
                                      {page.hidden ? t('show') : t('hide')}
                                      {sr}
                                    </button>
                                    <button
                                      type="button"
                                      className={`${SMALL} text-danger`}
                                      disabled={busy}
                                      onClick={() => setDialog({ kind: 'delete', page })}
                                    >
                                      {t('delete')}
                                      {sr}
                                    </button>
                                  </>
                                )}
                              </div>
                            ) : (
                              <span className="text-xs text-fg-muted">{t('editOnly')}</span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
      {dialog?.kind === 'new' ? <NewPageDialog sections={sections} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'rename' ? (
        <RenamePageDialog page={dialog.page} onClose={() => setDialog(null)} onDone={setNotice} />
      ) : null}
      {dialog?.kind === 'move' ? (
        <MovePageDialog page={dialog.page} sections={sections} onClose={() => setDialog(null)} onDone={setNotice} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeletePageDialog page={dialog.page} onClose={() => setDialog(null)} onDone={setNotice} />
      ) : null}
    </div>
  );
}
