'use client';

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

const SUDO_REASON = 'Adding or removing a second factor is a sensitive change.';

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
  const begin = useFormAction(beginTotpSetupAction, { sudo: SUDO_REASON });
  const remove = useFormAction(removeTotpAction, { sudo: SUDO_REASON });
  const [step, setStep] = useState<Step>(null);
  // The setup dialog's form: opened by a button, so never without JavaScript; the code travels in a POST body.
  const confirm = useFormAction(confirmTotpSetupAction, {
    sudo: SUDO_REASON,
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
          <span className="font-semibold text-ok">On.</span> Set up{' '}
          {totp.enabledAt ? formatDateTime(totp.enabledAt) : ''}
          {totp.lastUsedAt ? `; last used ${formatDateTime(totp.lastUsedAt)}` : ''}.
        </p>
      ) : (
        <p className="text-sm text-fg-muted">
          Use an app such as Google Authenticator, Microsoft Authenticator, 1Password or Bitwarden to get a 6-digit code
          at sign-in.
        </p>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {totp.enabled ? (
        <Button variant="danger" onClick={() => setRemoving(true)}>
          Remove authenticator app
        </Button>
      ) : (
        <Button onClick={start} disabled={starting}>
          {starting ? 'Preparing…' : 'Set up authenticator app'}
        </Button>
      )}
      {step?.kind === 'scan' ? (
        <TotpSetupDialog setup={step.setup} confirm={confirm} onClose={() => setStep(null)} />
      ) : null}
      {step?.kind === 'codes' ? (
        <RecoveryCodesDialog
          codes={step.codes}
          account={account}
          intro="Your authenticator app is on. If you lose your phone, these recovery codes are how you get back in."
          onClose={() => {
            setStep(null);
            onChanged?.();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title="Remove the authenticator app?"
          body="Codes from the app will stop working right away. If it is your only second factor, two-factor authentication is turned off and your recovery codes are deleted."
          confirmLabel="Remove"
          pendingLabel="Removing…"
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
  const { state, pending, formProps } = confirm;
  const error =
    state && !state.ok && state.code !== 'REAUTH_REQUIRED'
      ? { message: state.error, field: state.fieldErrors?.code }
      : null;
  return (
    <Modal title="Set up your authenticator app" onClose={onClose} wide>
      <ol className="list-decimal space-y-4 pl-5 text-sm">
        <li className="space-y-2">
          <p>Scan this QR code with your authenticator app.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL rendered on the server */}
          <img
            src={setup.qrCode}
            alt={`QR code to add ${setup.account} at ${setup.issuer} to an authenticator app`}
            width={176}
            height={176}
            className="rounded-md border border-border bg-white p-1"
          />
        </li>
        <li className="space-y-1">
          <p>
            Or enter this key by hand (time-based, {setup.digits} digits, every {setup.period} seconds):
          </p>
          <p className="break-words font-mono text-base tracking-wide" data-testid="totp-key">
            {setup.manualKey}
          </p>
          <p className="text-fg-muted">Account: {setup.account}</p>
        </li>
        <li>
          <form {...formProps} method="post" className="space-y-3" noValidate>
            {error && !error.field ? <Alert tone="error">{error.message}</Alert> : <FieldAlert errors={error?.field} />}
            <TotpCodeField label="Enter the 6-digit code the app shows" errors={error?.field} />
            <div className="flex flex-wrap justify-end gap-3">
              <Button variant="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? 'Checking…' : 'Turn on'}
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
  return (
    <Modal
      title="Save your recovery codes"
      description={
        <>
          {intro} Each code works once. <strong>This is the only time they are shown.</strong>
        </>
      }
      onClose={onClose}
      wide
    >
      <RecoveryCodesView codes={codes} account={account} />
      <div className="flex justify-end">
        <Button onClick={onClose}>I have saved them</Button>
      </div>
    </Modal>
  );
}
