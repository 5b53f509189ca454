import type { ReactNode } from 'react';
import { getMessages, pickNamespaces } from '@/lib/i18n/messages';
import { getRequestLocale, localeSettings } from '@/lib/i18n/request-locale';
import { CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { IntlClientProvider } from './intl-client-provider';

/**
 * More of the catalogue for the client components below it (a form's labels and messages), on the pages
 * that have them only: the root layout ships just CLIENT_NAMESPACES to every page.
 */
export async function WithMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
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
