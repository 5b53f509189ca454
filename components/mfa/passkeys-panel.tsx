'use client';

import { useTranslations } from 'use-intl';
import { startRegistration, WebAuthnError } from '@simplewebauthn/browser';
import { useState } from 'react';
import {
  finishPasskeyRegistrationAction,
  removePasskeyAction,
  renamePasskeyAction,
  startPasskeyRegistrationAction,
} from '@/app/(account)/account/security/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { PasskeyDTO } from '@/lib/mfa/passkey-dto';
import { formatDateTime } from '@/lib/ui/format';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FieldAlert } from './field-alert';
import { Modal } from '@/components/ui/modal';
import { RecoveryCodesDialog } from './totp-panel';
import { useFormAction } from '@/components/ui/use-form-action';

/** Why the browser's ceremony ended, as a catalogue key (account.mfa.passkeysPanel.webauthn.*). */
export function webauthnProblemKey(err: unknown, verb: 'register' | 'use') {
  const name = err instanceof WebAuthnError ? err.code : err instanceof Error ? err.name : '';
  if (
    name === 'ERROR_CEREMONY_ABORTED' ||
    name === 'NotAllowedError' ||
    name === 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY'
  )
    return verb === 'register' ? 'cancelledRegister' : 'cancelledUse';
  if (name === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'alreadyRegistered';
  return verb === 'register' ? 'unsupportedRegister' : 'unsupportedUse';
}

type Naming = { passkey: PasskeyDTO; suggestedName: string; codes: string[] | null };

/** Passkeys and security keys: list (created, last used, synced or device-bound), add, rename, remove. */
export function PasskeysPanel({
  passkeys,
  account,
  onChanged,
}: {
  passkeys: PasskeyDTO[];
  account: string;
  onChanged?: () => void;
}) {
  const t = useTranslations('account.mfa.passkeysPanel');
  const startRegistrationCall = useFormAction(startPasskeyRegistrationAction, { sudo: t('sudoReason') });
  const finishRegistration = useFormAction(finishPasskeyRegistrationAction, { sudo: t('sudoReason') });
  const remove = useFormAction(removePasskeyAction, { sudo: t('sudoReason') });
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [renaming, setRenaming] = useState<PasskeyDTO | null>(null);
  const [removing, setRemoving] = useState<PasskeyDTO | null>(null);

  async function add() {
    setError(null);
    setAdding(true);
    try {
      const options = await startRegistrationCall.run({});
      if (!options.ok) {
        if (options.code !== 'REAUTH_REQUIRED') setError(options.error);
        return;
      }
      let response;
      try {
        response = await startRegistration({ optionsJSON: options.data });
      } catch (err) {
        setError(t(`webauthn.${webauthnProblemKey(err, 'register')}`));
        return;
      }
      const result = await finishRegistration.run({ response: response as never });
      if (!result.ok) {
        if (result.code !== 'REAUTH_REQUIRED') setError(result.error);
        return;
      }
      setNaming({
        passkey: result.data.passkey,
        suggestedName: result.data.suggestedName,
        codes: result.data.recoveryCodes,
      });
    } finally {
      setAdding(false);
    }
  }

  return (
    <div className="space-y-3">
      {passkeys.length ? (
        <ul className="space-y-3" aria-label={t('yourPasskeysAndSecurity')}>
          {passkeys.map((p) => (
            <li
              key={p.id}
              className="flex flex-col gap-3 rounded-md border border-border p-4 sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0 space-y-1">
                <p className="break-words font-medium">{p.name}</p>
                <p className="text-sm">
                  <span className="rounded bg-bg-subtle px-2 py-0.5 text-xs font-semibold">
                    {p.kind === 'synced' ? t('syncedPasskey') : t('deviceBound')}
                  </span>
                  {p.passwordless ? (
                    <span className="ml-2 text-xs text-fg-muted">{t('worksWithoutAPassword')}</span>
                  ) : null}
                </p>
                <p className="text-sm text-fg-muted">
                  {t('added')} {formatDateTime(p.createdAt)} ·{' '}
                  {p.lastUsedAt ? t('lastUsed', { lastUsedAt: formatDateTime(p.lastUsedAt) }) : t('neverUsed')}
                </p>
              </div>
              <div className="flex shrink-0 gap-2">
                <Button variant="secondary" onClick={() => setRenaming(p)} aria-label={`Rename ${p.name}`}>
                  {t('rename')}
                </Button>
                <Button variant="danger" onClick={() => setRemoving(p)} aria-label={`Remove ${p.name}`}>
                  {t('remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-fg-muted">{t('passkeysUseYourDevice')}</p>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button onClick={add} disabled={adding}>
        {adding ? t('waitingForYourPasskey') : t('addAPasskeyOr')}
      </Button>

      {naming ? (
        <NameDialog
          title={t('nameYourNewPasskey')}
          intro={t('itWasAddedA')}
          initial={naming.suggestedName}
          id={naming.passkey.id}
          onClose={() => {
            const next = naming.codes;
            setNaming(null);
            if (next) setCodes(next);
            else onChanged?.();
          }}
        />
      ) : null}
      {renaming ? (
        <NameDialog
          title={`Rename “${renaming.name}”`}
          initial={renaming.name}
          id={renaming.id}
          onClose={() => {
            setRenaming(null);
            onChanged?.();
          }}
        />
      ) : null}
      {codes ? (
        <RecoveryCodesDialog
          codes={codes}
          account={account}
          intro={t('twoFactorAuthenticationIs')}
          onClose={() => {
            setCodes(null);
            onChanged?.();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove “${removing.name}”?`}
          body={t('itStopsWorkingRight')}
          confirmLabel={t('remove')}
          pendingLabel={t('removing')}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            const result = await remove.run({ id: removing.id });
            if (result.ok) onChanged?.();
            return result.ok || result.code === 'REAUTH_REQUIRED' ? null : result.error;
          }}
        />
      ) : null}
      {startRegistrationCall.sudoDialog}
      {finishRegistration.sudoDialog}
      {remove.sudoDialog}
    </div>
  );
}

function NameDialog({
  title,
  intro,
  initial,
  id,
  onClose,
}: {
  title: string;
  intro?: string;
  initial: string;
  id: string;
  onClose: () => void;
}) {
  const t = useTranslations('account.mfa.passkeysPanel');
  const { state, pending, formProps } = useFormAction(renamePasskeyAction, { onSuccess: () => onClose() });
  const error = state && !state.ok ? { message: state.error, field: state.fieldErrors?.name } : null;
  return (
    <Modal title={title} description={intro} onClose={onClose}>
      <form {...formProps} method="post" className="space-y-4" noValidate>
        <input type="hidden" name="id" value={id} />
        {error && !error.field ? <Alert tone="error">{error.message}</Alert> : <FieldAlert errors={error?.field} />}
        <Field
          label={t('name')}
          name="name"
          defaultValue={initial}
          maxLength={60}
          required
          autoFocus
          errors={error?.field}
        />
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onClose}>
            {intro ? t('keepThisName') : t('cancel')}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : t('save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
