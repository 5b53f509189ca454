'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { IntlProvider, useLocale } from 'use-intl';
import { localePath, type LocaleSettings } from '@/lib/i18n/paths';

// The catalogue for client components: the root layout hands over only the namespaces they use (each
// page carries them in its payload), and the language settings so a client link can add the prefix.

const SettingsContext = createContext<LocaleSettings>({ locales: ['en'], defaultLocale: 'en' });

export function IntlClientProvider({
  locale,
  messages,
  settings,
  children,
}: {
  locale: string;
  messages: Record<string, unknown>;
  settings: LocaleSettings;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages as never} timeZone="UTC">
      <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>
    </IntlProvider>
  );
}

/** `/search` in the page's language (`/de/search`). */
export function useLocalePath(): (path: string) => string {
  const locale = useLocale();
  const settings = useContext(SettingsContext);
  return useCallback((path: string) => localePath(locale, path, settings), [locale, settings]);
}

/** The configured languages, default first (the suggestion banner reads them). */
export function useLocaleSettings(): LocaleSettings {
  return useContext(SettingsContext);
}
