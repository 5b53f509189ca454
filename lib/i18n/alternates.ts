import 'server-only';
import { getConfig } from '@/lib/config';
import { localePath } from './paths';

// hreflang: every public page exists in every configured language (a page not translated yet answers
// with the default text and a notice), so each address lists all its languages and x-default (the
// default language's address). The same map feeds <link rel="alternate"> and sitemap.xml, which keeps
// the pairs symmetric by construction (tests/unit/i18n-hreflang.test.ts checks it on every URL).

export function languageAlternates(path: string): Record<string, string> {
  const { list, default: defaultLocale } = getConfig().locales;
  const settings = { locales: list, defaultLocale };
  if (list.length < 2) return {};
  return {
    ...Object.fromEntries(list.map((l) => [l, localePath(l, path, settings)])),
    'x-default': path,
  };
}

/** `alternates` for a page's metadata: its canonical address in this language and its languages. */
export function alternatesFor(path: string, locale: string) {
  const { list, default: defaultLocale } = getConfig().locales;
  const languages = languageAlternates(path);
  return {
    canonical: localePath(locale, path, { locales: list, defaultLocale }),
    ...(Object.keys(languages).length ? { languages } : {}),
  };
}
