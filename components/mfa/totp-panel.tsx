'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import {
  beginTotpSetupAction,
  confirmTotpSetupAction,
  removeTotpAction,
} from '@/app/(account)/account/security/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { TotpSetupDTO } from '@/lib/mfa/begin-totp-setup';
import { formatDateTime } from '@/lib/ui/format';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FieldAlert } from './field-alert';
import { Modal } from '@/components/ui/modal';
import { RecoveryCodesView } from './recovery-codes-view';
import { TotpCodeField } from './totp-code-field';
import { useFormAction } from '@/components/ui/use-form-action';

type Step = { kind: 'scan'; setup: TotpSetupDTO } | { kind: 'codes'; codes: string[] } | null;

/** Authenticator app: set up (sudo → QR and key → confirm with a code → recovery codes), or remove. */
export function TotpPanel({
  totp,
  account,
  onChanged,
}: {
  totp: { enabled: boolean; enabledAt: string | null; lastUsedAt: string | null };
  account: string;
  onChanged?: () => void;
}) {
  const t = useTranslations('account.mfa.totpPanel');
  const begin = useFormAction(beginTotpSetupAction, { sudo: t('sudoReason') });
  const remove = useFormAction(removeTotpAction, { sudo: t('sudoReason') });
  const [step, setStep] = useState<Step>(null);
  // The setup dialog's form: opened by a button, so never without JavaScript; the code travels in a POST body.
  const confirm = useFormAction(confirmTotpSetupAction, {
    sudo: t('sudoReason'),
    onSuccess: (data) => {
      if (data.recoveryCodes) setStep({ kind: 'codes', codes: data.recoveryCodes });
      else {
        setStep(null);
        onChanged?.();
      }
    },
  });
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const starting = begin.pending;

  async function start() {
    setError(null);
    confirm.setState(null);
    const result = await begin.run({});
    if (result.ok) setStep({ kind: 'scan', setup: result.data });
    else if (result.code !== 'REAUTH_REQUIRED') setError(result.error);
  }

  return (
    <div className="space-y-3">
      {totp.enabled ? (
        <p className="text-sm">
          <span className="font-semibold text-ok">{t('on')}</span> {t('setUp')}{' '}
          {totp.enabledAt ? formatDateTime(totp.enabledAt) : ''}
          {totp.lastUsedAt ? t('lastUsed', { lastUsedAt: formatDateTime(totp.lastUsedAt) }) : ''}.
        </p>
      ) : (
        <p className="text-sm text-fg-muted">{t('useAnAppSuch')}</p>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {totp.enabled ? (
        <Button variant="danger" onClick={() => setRemoving(true)}>
          {t('removeAuthenticatorApp')}
        </Button>
      ) : (
        <Button onClick={start} disabled={starting}>
          {starting ? t('preparing') : t('setUpAuthenticatorApp')}
        </Button>
      )}
      {step?.kind === 'scan' ? (
        <TotpSetupDialog setup={step.setup} confirm={confirm} onClose={() => setStep(null)} />
      ) : null}
      {step?.kind === 'codes' ? (
        <RecoveryCodesDialog
          codes={step.codes}
          account={account}
          intro={t('yourAuthenticatorAppIs')}
          onClose={() => {
            setStep(null);
            onChanged?.();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('removeTheAuthenticatorApp')}
          body={t('codesFromTheApp')}
          confirmLabel={t('remove')}
          pendingLabel={t('removing')}
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            const result = await remove.run({});
            if (result.ok) onChanged?.();
            return result.ok || result.code === 'REAUTH_REQUIRED' ? null : result.error;
          }}
        />
      ) : null}
      {begin.sudoDialog}
      {remove.sudoDialog}
      {confirm.sudoDialog}
    </div>
  );
}

function TotpSetupDialog({
  setup,
  confirm,
  onClose,
}: {
  setup: TotpSetupDTO;
  confirm: ReturnType<typeof useFormAction<Awaited<ReturnType<typeof confirmTotpSetupAction>>>>;
  onClose: () => void;
}) {
  const t = useTranslations('account.mfa.totpPanel');
  const { state, pending, formProps } = confirm;
  const error =
    state && !state.ok && state.code !== 'REAUTH_REQUIRED'
      ? { message: state.error, field: state.fieldErrors?.code }
      : null;
  return (
    <Modal title={t('setUpYourAuthenticator')} onClose={onClose} wide>
      <ol className="list-decimal space-y-4 pl-5 text-sm">
        <li className="space-y-2">
          <p>{t('scanThisQrCode')}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
          <img
            src={setup.qrCode}
            alt={t('qrCodeToAdd', { account: setup.account, issuer: setup.issuer })}
            width={176}
            height={176}
            className="rounded-md border border-border bg-white p-1"
          />
        </li>
        <li className="space-y-1">
          <p>{t('orEnterThisKey', { digits: setup.digits, period: setup.period })}</p>
          <p className="break-words font-mono text-base tracking-wide" data-testid="totp-key">
            {setup.manualKey}
          </p>
          <p className="text-fg-muted">{t('account', { account: setup.account })}</p>
        </li>
        <li>
          <form {...formProps} method="post" className="space-y-3" noValidate>
            {error && !error.field ? <Alert tone="error">{error.message}</Alert> : <FieldAlert errors={error?.field} />}
            <TotpCodeField label={t('enterThe6Digit')} errors={error?.field} />
            <div className="flex flex-wrap justify-end gap-3">
              <Button variant="secondary" onClick={onClose}>
                {t('cancel')}
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? t('checking') : t('turnOn')}
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </Modal>
  );
}

export function RecoveryCodesDialog({
  codes,
  account,
  intro,
  onClose,
}: {
  codes: string[];
  account: string;
  intro: string;
  onClose: () => void;
}) {
  const t = useTranslations('account.mfa.totpPanel');
  return (
    <Modal
      title={t('saveYourRecoveryCodes')}
      description={<>{t.rich('eachCodeWorksOnce', { intro: intro, strong: (chunks) => <strong>{chunks}</strong> })}</>}
      onClose={onClose}
      wide
    >
      <RecoveryCodesView codes={codes} account={account} />
      <div className="flex justify-end">
        <Button onClick={onClose}>{t('iHaveSavedThem')}</Button>
      </div>
    </Modal>
  );
}
