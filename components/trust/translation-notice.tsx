import type { SitePage } from '@/lib/content/site';
import { getConfig } from '@/lib/config';
import { languageName } from '@/lib/i18n/paths';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * A short notice on a page of a non-default language: `outdated` (the source was published again after
 * the translation) links to the current default-language page; `fallback` says the text is the default
 * language's. The notice is in the page's language; the fallback text below it carries its own `lang`.
 */
export function TranslationNotice({ page, locale }: { page: SitePage; locale: string }) {
  const state = page.translation;
  if (!state || state === 'current') return null;
  const { default: source } = getConfig().locales;
  const t = getTranslator(locale, 'trust.translation');
  const names = { source: languageName(source), language: languageName(locale) };
  return (
    <aside
      role="note"
      data-translation-state={state}
      className="mt-4 rounded-md border border-border bg-bg-subtle px-4 py-3 text-sm print:hidden"
    >
      {state === 'outdated' ? (
        <p className="m-0">
          {t('outdated', names)} {/* A plain link: the other language needs a new <html lang>. */}
          <a href={page.route} hrefLang={source} lang={source}>
            {t('outdatedLink', names)}
          </a>
        </p>
      ) : (
        <p className="m-0">{t('fallback', names)}</p>
      )}
    </aside>
  );
}
