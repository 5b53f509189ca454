'use client';

import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import type { MyTwoFactorDTO } from '@/lib/mfa/get-my-two-factor';
import { formatDateTime } from '@/lib/ui/format';
import { PasskeysPanel } from './passkeys-panel';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { TotpPanel } from './totp-panel';

/** The security page's two-factor sections: status, policy notice, authenticator app, recovery codes, passkeys. */
export function TwoFactorSection({ data, account }: { data: MyTwoFactorDTO; account: string }) {
  const router = useRouter();
  const refresh = () => router.refresh();
  const { policy } = data;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p className="text-sm">
          Two-factor authentication is <strong>{data.enabled ? 'on' : 'off'}</strong>
          {data.enabled
            ? `: ${[data.totp.enabled ? 'authenticator app' : null, data.passkeys.length ? `${data.passkeys.length} passkey${data.passkeys.length === 1 ? '' : 's'}` : null].filter(Boolean).join(' and ')}.`
            : '. Add an authenticator app or a passkey so a stolen password is not enough to get in.'}
        </p>
        {policy.required && policy.state !== 'ok' ? (
          <Alert tone={policy.state === 'required' ? 'error' : 'info'}>
            {policy.organizationName ?? 'Your organization'} requires{' '}
            {policy.passkeysOnly ? 'a passkey or security key' : 'two-factor authentication'}
            {policy.state === 'suggested' && policy.graceEndsAt
              ? ` from ${formatDateTime(policy.graceEndsAt)}`
              : ''}.{' '}
            {policy.state === 'required'
              ? 'Set it up now to continue using your account.'
              : 'Set it up now to avoid interruption.'}
          </Alert>
        ) : policy.required ? (
          <p className="text-sm text-fg-muted">
            {policy.organizationName ?? 'Your organization'} requires{' '}
            {policy.passkeysOnly ? 'a passkey or security key' : 'two-factor authentication'}; you meet the requirement.
          </p>
        ) : null}
      </div>
      <section aria-labelledby="totp-heading" className="space-y-3">
        <h3 id="totp-heading" className="text-lg font-semibold">
          Authenticator app
        </h3>
        <TotpPanel totp={data.totp} account={account} onChanged={refresh} />
      </section>
      <section aria-labelledby="passkeys-heading" className="space-y-3">
        <h3 id="passkeys-heading" className="text-lg font-semibold">
          Passkeys and security keys
        </h3>
        <PasskeysPanel passkeys={data.passkeys} account={account} onChanged={refresh} />
      </section>
      <section aria-labelledby="recovery-heading" className="space-y-3">
        <h3 id="recovery-heading" className="text-lg font-semibold">
          Recovery codes
        </h3>
        <RecoveryCodesPanel recoveryCodes={data.recoveryCodes} enabled={data.enabled} account={account} />
      </section>
    </div>
  );
}
