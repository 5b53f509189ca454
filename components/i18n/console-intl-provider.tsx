import 'server-only';
import type { ReactNode } from 'react';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { getMessages, pickNamespaces } from '@/lib/i18n/messages';
import { getRequestLocale, localeSettings } from '@/lib/i18n/request-locale';

// The console's client components (studio forms) read their strings with useTranslations; the root layout
// hands client components only CLIENT_NAMESPACES, so the public pages' payload never carries console text.
// This nested provider adds the console's namespaces for the part of the tree below it. A nested
// IntlProvider replaces its parent's messages rather than merging them, hence the root's namespaces again.
export async function ConsoleIntlProvider({
  namespaces,
  children,
}: {
  /** Catalogue parts the client components below use, such as `studio.abuse`. */
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const locale = await getRequestLocale();
  return (
    <IntlClientProvider
      locale={locale}
      messages={pickNamespaces(getMessages(locale), [...CLIENT_NAMESPACES, ...namespaces])}
      settings={localeSettings()}
    >
      {children}
    </IntlClientProvider>
  );
}
