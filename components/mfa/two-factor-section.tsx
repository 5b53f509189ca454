'use client';

import { useFormatter, useTranslations } from 'use-intl';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import type { MyTwoFactorDTO } from '@/lib/mfa/get-my-two-factor';
import { formatDateTime } from '@/lib/ui/format';
import { PasskeysPanel } from './passkeys-panel';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { TotpPanel } from './totp-panel';

/** The security page's two-factor sections: status, policy notice, authenticator app, recovery codes, passkeys. */
export function TwoFactorSection({ data, account }: { data: MyTwoFactorDTO; account: string }) {
  const t = useTranslations('account.mfa.twoFactorSection');
  const router = useRouter();
  const refresh = () => router.refresh();
  const format = useFormatter();
  const { policy } = data;
  const organization = policy.organizationName ?? t('yourOrganization');
  const factor = policy.passkeysOnly ? 'passkey' : 'any';
  const methods = [
    ...(data.totp.enabled ? [t('authenticatorApp')] : []),
    ...(data.passkeys.length ? [t('passkeyCount', { count: data.passkeys.length })] : []),
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="text-sm">
          {data.enabled
            ? t.rich('statusOn', { methods: format.list(methods), strong: (chunks) => <strong>{chunks}</strong> })
            : t.rich('statusOff', { strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        {policy.required && policy.state !== 'ok' ? (
          <Alert tone={policy.state === 'required' ? 'error' : 'info'}>
            {policy.state === 'suggested' && policy.graceEndsAt
              ? t('policyRequiresFrom', { organization, factor, from: formatDateTime(policy.graceEndsAt) })
              : t('policyRequires', { organization, factor })}{' '}
            {policy.state === 'required' ? t('setItUpNow') : t('setItUpNow2')}
          </Alert>
        ) : policy.required ? (
          <p className="text-sm text-fg-muted">{t('policyMet', { organization, factor })}</p>
        ) : null}
      </div>
      <section aria-labelledby="totp-heading" className="space-y-3">
        <h3 id="totp-heading" className="text-lg font-semibold">
          {t('authenticatorApp2')}
        </h3>
        <TotpPanel totp={data.totp} account={account} onChanged={refresh} />
      </section>
      <section aria-labelledby="passkeys-heading" className="space-y-3">
        <h3 id="passkeys-heading" className="text-lg font-semibold">
          {t('passkeysAndSecurityKeys')}
        </h3>
        <PasskeysPanel passkeys={data.passkeys} account={account} onChanged={refresh} />
      </section>
      <section aria-labelledby="recovery-heading" className="space-y-3">
        <h3 id="recovery-heading" className="text-lg font-semibold">
          {t('recoveryCodes')}
        </h3>
        <RecoveryCodesPanel recoveryCodes={data.recoveryCodes} enabled={data.enabled} account={account} />
      </section>
    </div>
  );
}
