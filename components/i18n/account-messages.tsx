import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { getMessages, pickNamespaces } from '@/lib/i18n/messages';
import { getRequestLocale, localeSettings } from '@/lib/i18n/request-locale';

/**
 * The account console's client messages (account.*) for what is inside: the console layout, and the
 * console components that a page outside it renders (the two-factor enrolment after sign-in). Only these
 * pages carry account.* in their payload; the root layout hands the public pages CLIENT_NAMESPACES alone.
 */
export async function AccountMessages({ children }: { children: React.ReactNode }) {
  const locale = await getRequestLocale();
  return (
    <IntlClientProvider
      locale={locale}
      messages={pickNamespaces(getMessages(locale), [...CLIENT_NAMESPACES, 'account'])}
      settings={localeSettings()}
    >
      {children}
    </IntlClientProvider>
  );
}
