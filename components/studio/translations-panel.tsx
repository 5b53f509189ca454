import Link from 'next/link';
import type { EditablePage, TranslationContext, TranslationSummary } from '@/lib/studio/dto';
import { formatDateTime } from '@/lib/ui/format';
import { Alert } from '@/components/ui/alert';
import { DiffTabs } from './diff-tabs';
import { StartTranslationButton, UpdateTranslationBaseButton } from './translation-actions';
import { TranslationStateBadge } from './translation-badges';

/** A default-language page's "Translations" panel: each configured language, its state, and how to go on. */
export function TranslationsPanel({
  pageId,
  published,
  translations,
}: {
  pageId: string;
  published: boolean;
  translations: TranslationSummary[];
}) {
  if (!translations.length) return null;
  return (
    <section aria-labelledby="translations-heading" className="space-y-2 rounded-md border border-border p-4">
      <h2 id="translations-heading" className="text-lg font-semibold">
        Translations
      </h2>
      <ul className="space-y-2">
        {translations.map((t) => (
          <li
            key={t.locale}
            className="flex flex-wrap items-center gap-3"
            data-translation={t.locale}
            data-state={t.state}
          >
            <TranslationStateBadge t={t} />
            {t.pageId ? (
              <Link href={`/studio/pages/${t.pageId}`} className="text-sm text-link underline">
                Open the {t.localeName} translation
              </Link>
            ) : published ? (
              <StartTranslationButton pageId={pageId} locale={t.locale} language={t.localeName} />
            ) : (
              <span className="text-sm text-fg-muted">Publish the page first, then translate it.</span>
            )}
            {t.outdated ? (
              <span className="text-sm text-fg-muted">
                Made from revision {t.basedOn}; revision {t.sourceRevision} is published now.
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A translation's editor header: which page it translates, the source revision it is made from and,
 * when the source has been published again since, what changed there (the studio's diff).
 */
export function TranslationSourcePanel({
  data,
  translation,
  rendered,
}: {
  data: EditablePage;
  translation: TranslationContext;
  /** renderedText() of the base and current source, computed on the server. */
  rendered: { before: string | null; after: string | null };
}) {
  const current = translation.sourceRevision;
  return (
    <section aria-labelledby="translation-source-heading" className="space-y-3 rounded-md border border-border p-4">
      <h2 id="translation-source-heading" className="text-lg font-semibold">
        {translation.localeName} translation of{' '}
        <Link href={`/studio/pages/${translation.sourcePage.id}`} className="text-link underline">
          {translation.sourcePage.title}
        </Link>
      </h2>
      <p className="text-sm">
        {translation.basedOn ? `Made from source revision ${translation.basedOn}. ` : ''}
        {current ? `Source revision ${current.number} published ${formatDateTime(current.publishedAt)}.` : ''} Its
        address, section, order and visibility follow the source page.
      </p>
      {translation.outdated && current ? (
        <div className="space-y-3" data-testid="translation-outdated">
          <Alert tone="info">
            Outdated: the source page has been published again since this translation was made (revision{' '}
            {translation.basedOn} → {current.number}). Update the translation with the changes below, then send it for
            review.
          </Alert>
          <DiffTabs
            before={translation.baseSource ?? ''}
            after={current.source}
            renderedBefore={rendered.before}
            renderedAfter={rendered.after}
            label={`Source revision ${translation.basedOn} → ${current.number}`}
          />
          <UpdateTranslationBaseButton
            pageId={data.page.id}
            expectedVersion={data.draft?.version ?? 0}
            sourceRevision={current.number}
          />
        </div>
      ) : translation.publishedOutdated ? (
        <Alert tone="info">
          The published translation is outdated; this draft is made from source revision {translation.basedOn}. Send it
          for review and publish it to bring the published translation up to date.
        </Alert>
      ) : null}
    </section>
  );
}
