import type { ReactNode } from 'react';
import { getCompiledMessages, pickNamespaces } from '@/lib/i18n/messages';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { IntlClientProvider } from './intl-client-provider';

/**
 * The catalogue's parts the client components below it read (a form's labels and messages), on the pages
 * that have them only: the root layout ships no messages, so public pages load no formatting code.
 */
export async function WithMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const locale = await getRequestLocale();
  return (
    <IntlClientProvider locale={locale} messages={pickNamespaces(getCompiledMessages(locale), namespaces)}>
      {children}
    </IntlClientProvider>
  );
}
