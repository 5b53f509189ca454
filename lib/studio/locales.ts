// The trust center's content languages as the studio sees them. Until the locale configuration of issue
// 18 lands in lib/config, CONTENT_LOCALES is read here and only here (first = default language), so the
// merge points this one function at the configuration. Pure: the import/export scripts use it too.

const CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const truthy = (v: string) => ['true', '1', 'yes'].includes(v.trim());

/**
 * Configured content languages, default first. Unset: en,de with the demo data (on by default with the
 * embedded database), en otherwise — the same rule as lib/config's CONTENT_LOCALES.
 */
export function contentLocales(): string[] {
  const env = process.env;
  const demo = env.DEMO_DATA?.trim() ? truthy(env.DEMO_DATA) : !env.DATABASE_URL?.trim();
  const codes = (env.CONTENT_LOCALES?.trim() || (demo ? 'en,de' : 'en'))
    .split(',')
    .map((c) => c.trim())
    .filter((c) => CODE.test(c));
  return codes.length ? [...new Set(codes)] : ['en'];
}

export const defaultLocale = (): string => contentLocales()[0]!;

/** The languages a page can be translated into: every configured one but the default. */
export const translationLocales = (): string[] => contentLocales().slice(1);

export function isTranslationLocale(locale: string): boolean {
  return translationLocales().includes(locale);
}

/** A language's name in English for the studio ("de" → "German"), the code itself when unknown. */
export function localeName(locale: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The public address of a page in a language: the default keeps the route, others are prefixed (/de/…). */
export function localizedRoute(route: string, locale: string | null | undefined): string {
  if (!locale || locale === defaultLocale()) return route;
  return route === '/' ? `/${locale}` : `/${locale}${route}`;
}
