'use client';

import { useCallback } from 'react';
import { useTranslations } from 'use-intl';
import { reauthenticateAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';
import { useFormAction } from '@/components/ui/use-form-action';
import { SsoReauth } from '@/components/sso/sso-reauth';

/** "Confirm it's you": asks for the password before a sensitive change; reports whether the user confirmed. */
export function ReauthDialog({ onDone, reason }: { onDone: (confirmed: boolean) => void; reason?: string }) {
  // The one form hook, without `sudo` (this is the sudo dialog). It is opened by JavaScript only.
  const t = useTranslations('auth.reauth');
  const { state, pending, formProps } = useFormAction(reauthenticateAction, { onSuccess: () => onDone(true) });
  const error = state && !state.ok ? { message: state.error, field: state.fieldErrors?.password } : null;
  const confirmedBySso = useCallback(() => onDone(true), [onDone]);

  return (
    <Modal
      title={t('title')}
      description={t('description', { reason: reason ?? t('defaultReason') })}
      onClose={() => onDone(false)}
    >
      {/* method=post: even if this ever ended up inside another form or ran without JS, the password never lands in a URL. */}
      <form {...formProps} method="post" className="space-y-4" noValidate>
        {error && !error.field ? <Alert tone="error">{error.message}</Alert> : null}
        <Field
          label={t('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          errors={error?.field}
        />
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={() => onDone(false)}>
            {t('cancel')}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t('confirming') : t('confirm')}
          </Button>
        </div>
      </form>
      {/* Members of an organization with SSO may confirm at their identity provider (the only way without a password). */}
      <SsoReauth onConfirmed={confirmedBySso} />
    </Modal>
  );
}
