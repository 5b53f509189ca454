// The trust center's content languages as the studio sees them (CONTENT_LOCALES, first = default). Pure,
// without server-only imports: the import/export scripts use it too.

import { resolveContentLocales } from '@/lib/i18n/locale-config';

/** Configured content languages, default first: lib/i18n/locale-config.ts's rule (pure, so scripts use it too). */
export function contentLocales(): string[] {
  const { CONTENT_LOCALES, DEMO_DATA, DATABASE_URL } = process.env;
  return resolveContentLocales({ CONTENT_LOCALES, DEMO_DATA, DATABASE_URL });
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
