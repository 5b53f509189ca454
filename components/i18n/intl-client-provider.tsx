'use client';

import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl';

// useTranslations() for the client components below it: WithMessages hands over only the namespaces they
// use, compiled (lib/i18n/messages.ts), and the search dialog brings its own when it is first opened.
export function IntlClientProvider({
  locale,
  messages,
  children,
}: {
  locale: string;
  messages: Record<string, unknown>;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages as never} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
