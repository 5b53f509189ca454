'use client';

import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { localePath, type LocaleSettings } from '@/lib/i18n/paths';

// The page's language and the configured ones, for every client component: the root layout provides them
// without any message catalogue or formatting code, so a public page's JavaScript carries no i18n library.
// Components with their own texts get them translated on the server as props, or sit under WithMessages.

type PageLocale = { locale: string; settings: LocaleSettings };

const LocaleContext = createContext<PageLocale>({ locale: 'en', settings: { locales: ['en'], defaultLocale: 'en' } });

export function LocaleProvider({ children, ...value }: PageLocale & { children: ReactNode }) {
  // The outermost client component: its effect runs after those of everything it wraps, so <html
  // data-hydrated> says the page is live. A cached page's loader (lib/http/public-render.mjs) waits for it
  // to replay a click that came before; the end-to-end tests wait for it too.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The page's language (its address's prefix, or the default one). */
export function usePageLocale(): string {
  return useContext(LocaleContext).locale;
}

/** The configured languages, default first (the suggestion banner reads them). */
export function useLocaleSettings(): LocaleSettings {
  return useContext(LocaleContext).settings;
}

/** `/search` in the page's language (`/de/search`). */
export function useLocalePath(): (path: string) => string {
  const { locale, settings } = useContext(LocaleContext);
  return useCallback((path: string) => localePath(locale, path, settings), [locale, settings]);
}
