import Link from 'next/link';
import type { EditablePage, TranslationContext, TranslationSummary } from '@/lib/studio/dto';
import { formatDateTime } from '@/lib/ui/format';
import { getConsoleTranslator } from '@/lib/i18n/console';
import { Alert } from '@/components/ui/alert';
import { DiffTabs } from './diff-tabs';
import { StartTranslationButton, UpdateTranslationBaseButton } from './translation-actions';
import { TranslationStateBadge } from './translation-badges';

/** A default-language page's "Translations" panel: each configured language, its state, and how to go on. */
export async function TranslationsPanel({
  pageId,
  published,
  translations,
}: {
  pageId: string;
  published: boolean;
  translations: TranslationSummary[];
}) {
  if (!translations.length) return null;
  const t = await getConsoleTranslator('studio.translationsPanel');
  return (
    <section aria-labelledby="translations-heading" className="space-y-2 rounded-md border border-border p-4">
      <h2 id="translations-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <ul className="space-y-2">
        {translations.map((tr) => (
          <li
            key={tr.locale}
            className="flex flex-wrap items-center gap-3"
            data-translation={tr.locale}
            data-state={tr.state}
          >
            <TranslationStateBadge t={tr} />
            {tr.pageId ? (
              <Link href={`/studio/pages/${tr.pageId}`} className="text-sm text-link underline">
                {t('open', { language: tr.localeName })}
              </Link>
            ) : published ? (
              <StartTranslationButton pageId={pageId} locale={tr.locale} language={tr.localeName} />
            ) : (
              <span className="text-sm text-fg-muted">{t('publishFirst')}</span>
            )}
            {tr.outdated ? (
              <span className="text-sm text-fg-muted">
                {t('outdatedLine', { basedOn: tr.basedOn ?? '', current: tr.sourceRevision ?? '' })}
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
export async function TranslationSourcePanel({
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
  const t = await getConsoleTranslator('studio.translationsPanel');
  return (
    <section aria-labelledby="translation-source-heading" className="space-y-3 rounded-md border border-border p-4">
      <h2 id="translation-source-heading" className="text-lg font-semibold">
        {t.rich('sourceHeading', {
          language: translation.localeName,
          title: translation.sourcePage.title,
          link: (chunks) => (
            <Link href={`/studio/pages/${translation.sourcePage.id}`} className="text-link underline">
              {chunks}
            </Link>
          ),
        })}
      </h2>
      <p className="text-sm">
        {translation.basedOn ? t('madeFrom', { number: translation.basedOn }) : ''}
        {current ? t('sourcePublished', { number: current.number, at: formatDateTime(current.publishedAt) }) : ''}
        {t('follows')}
      </p>
      {translation.outdated && current ? (
        <div className="space-y-3" data-testid="translation-outdated">
          <Alert tone="info">{t('outdated', { basedOn: translation.basedOn ?? '', current: current.number })}</Alert>
          <DiffTabs
            before={translation.baseSource ?? ''}
            after={current.source}
            renderedBefore={rendered.before}
            renderedAfter={rendered.after}
            label={t('diffLabel', { basedOn: translation.basedOn ?? '', current: current.number })}
          />
          <UpdateTranslationBaseButton
            pageId={data.page.id}
            expectedVersion={data.draft?.version ?? 0}
            sourceRevision={current.number}
          />
        </div>
      ) : translation.publishedOutdated ? (
        <Alert tone="info">{t('publishedOutdated', { number: translation.basedOn ?? '' })}</Alert>
      ) : null}
    </section>
  );
}
