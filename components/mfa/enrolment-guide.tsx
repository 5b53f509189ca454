import type { ComponentProps } from 'react';
import { ConsoleIntlProvider } from '@/components/i18n/console-intl-provider';
import { EnrolmentGuideClient } from './enrolment-guide-client';

/**
 * The enrolment page (app/(auth)/two-factor/setup) sits outside the account layout but shows the
 * console's authenticator and passkey panels: they need the account messages beside them.
 */
export function EnrolmentGuide(props: ComponentProps<typeof EnrolmentGuideClient>) {
  return (
    <ConsoleIntlProvider namespaces={['account']}>
      <EnrolmentGuideClient {...props} />
    </ConsoleIntlProvider>
  );
}
