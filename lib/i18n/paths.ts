// Addresses per language. The default language keeps today's URLs (/certifications); every other
// language lives under its prefix with the same English slugs (/de/certifications): one slug tree for all
// languages means a link target, a redirect or a bookmark never has to be translated, and a translation
// cannot move a page (README "Languages"). Pure: used by proxy, pages, the sitemap and client components.

export interface LocaleSettings {
  locales: readonly string[];
  defaultLocale: string;
}

/** Signed-in consoles and machine addresses exist in the default language only: /de/studio is a 404. */
const DEFAULT_LANGUAGE_ONLY = /^\/(?:_next|api|studio|account|setup)(?:\/|$)/;

/** Whether an (unprefixed) path has a version in every language: public pages do, the consoles do not. */
export function hasLanguageVersions(path: string): boolean {
  return !DEFAULT_LANGUAGE_ONLY.test(path);
}

/** `/certifications` in `de` → `/de/certifications`; the default language's paths stay as they are. */
export function localePath(locale: string, path: string, settings: LocaleSettings): string {
  if (locale === settings.defaultLocale || !settings.locales.includes(locale)) return path;
  if (path === '/' || path === '') return `/${locale}`;
  return `/${locale}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The language and the unprefixed path of an address. A first segment that is a configured non-default
 * language is the prefix; anything else (including an unknown `/fr/…` or the default's own `/en/…`)
 * belongs to the default language, and finds no page there: a 404, never a redirect.
 */
export function splitLocale(pathname: string, settings: LocaleSettings): { locale: string; path: string } {
  const m = /^\/([^/?#]+)(\/.*)?$/.exec(pathname);
  const first = m?.[1];
  if (first && first !== settings.defaultLocale && settings.locales.includes(first)) {
    return { locale: first, path: m?.[2] || '/' };
  }
  return { locale: settings.defaultLocale, path: pathname || '/' };
}

/** BCP 47 tag → the name of that language in itself ("Deutsch"), for the language switch. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}
