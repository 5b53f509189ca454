import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/config';
import { localePath, splitLocale, type LocaleSettings } from './paths';
import { resolveLocale } from './translator';

// The language of the page being rendered. proxy.ts takes it from the address's prefix (/de/…) and always
// sets x-tc-locale itself (a client's copy is overwritten), so a cached page depends on its address only:
// never on Accept-Language or a cookie.

export const LOCALE_HEADER = 'x-tc-locale';

export function localeSettings(): LocaleSettings {
  const { list, default: defaultLocale } = getConfig().locales;
  return { locales: list, defaultLocale };
}

export const getRequestLocale = cache(async (): Promise<string> => {
  let requested: string | null = null;
  try {
    requested = (await headers()).get(LOCALE_HEADER);
  } catch {
    // Outside a request (a job, a script, a route handler called directly): the default language.
  }
  return resolveLocale(requested);
});

/** The address as the visitor sees it (with its prefix) and without the prefix. */
export const getRequestPath = cache(async (): Promise<{ locale: string; path: string; full: string }> => {
  const full = ((await headers()).get('x-pathname') ?? '/').split('?')[0] || '/';
  const { path } = splitLocale(full, localeSettings());
  return { locale: await getRequestLocale(), path, full };
});

/** `path` (unprefixed) in `locale`'s address space. */
export function hrefIn(locale: string, path: string): string {
  return localePath(locale, path, localeSettings());
}
