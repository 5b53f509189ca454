import type { ComponentProps } from 'react';
import { WithMessages } from '@/components/i18n/with-messages';
import { EnrolmentGuideClient } from './enrolment-guide-client';

/**
 * The enrolment page (app/(auth)/two-factor/setup) sits outside the account layout but shows the
 * console's authenticator and passkey panels: they need the account messages beside its own (and the
 * password dialog's, which the panels open for a sensitive change).
 */
export function EnrolmentGuide(props: ComponentProps<typeof EnrolmentGuideClient>) {
  return (
    <WithMessages namespaces={['account', 'auth.twoFactorSetup', 'auth.reauth']}>
      <EnrolmentGuideClient {...props} />
    </WithMessages>
  );
}
