'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { saveSsoConnectionAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { SsoSettingsDTO } from '@/lib/sso/get-sso-settings';

function Check({ name, label, hint, checked }: { name: string; label: string; hint: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={`sso-${name}`}
        name={name}
        type="checkbox"
        defaultChecked={checked}
        aria-describedby={`sso-${name}-hint`}
        className="mt-1 size-4"
      />
      <div>
        <label htmlFor={`sso-${name}`} className="font-medium">
          {label}
        </label>
        <p id={`sso-${name}-hint`} className="text-sm text-fg-muted">
          {hint}
        </p>
      </div>
    </div>
  );
}

const code = (chunks: ReactNode) => <code className="break-all">{chunks}</code>;

/** Issuer, client and what happens at sign-in. The secret field stays empty: a saved secret is never shown. */
export function SsoConnectionForm({ settings }: { settings: SsoSettingsDTO }) {
  const t = useTranslations('account.sso.connectionForm');
  const c = settings.connection;
  const { state, pending, formProps, sudoDialog } = useFormAction(saveSsoConnectionAction, {
    sudo: t('sudoReason'),
    onSuccess: (_data, form) => {
      const secret = form.elements.namedItem('clientSecret') as HTMLInputElement | null;
      if (secret) secret.value = '';
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <form {...formProps} className="space-y-4 rounded-md border border-border p-4" noValidate>
        {state?.ok ? (
          <Alert tone="success">
            {t('saved')}
            {state.data.sessionsEnded ? ` ${t('sessionsEnded', { count: state.data.sessionsEnded })}` : null}
          </Alert>
        ) : null}
        {state && !state.ok && !state.fieldErrors ? <Alert tone="error">{state.error}</Alert> : null}
        <Field
          label={t('issuer')}
          name="issuer"
          type="url"
          defaultValue={c?.issuer}
          required
          hint={t('issuerHint')}
          errors={errors?.issuer}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('clientId')} name="clientId" defaultValue={c?.clientId} required errors={errors?.clientId} />
          <Field
            label={t('clientSecret')}
            name="clientSecret"
            type="password"
            autoComplete="off"
            hint={c ? t('secretSavedHint') : t('secretNewHint')}
            errors={errors?.clientSecret}
          />
        </div>
        <SelectField
          label={t('defaultRole')}
          name="defaultRole"
          defaultValue={c?.defaultRole ?? 'member'}
          errors={errors?.defaultRole}
        >
          {settings.roles.map((r) => (
            <option key={r.ref} value={r.ref}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <Check name="jitProvisioning" label={t('jit')} hint={t('jitHint')} checked={c?.jitProvisioning ?? false} />
        <Check name="idpEnforcesMfa" label={t('idpMfa')} hint={t('idpMfaHint')} checked={c?.idpEnforcesMfa ?? false} />
        <p className="text-sm text-fg-muted">
          {t.rich('redirectUri', { uri: settings.redirectUri, code })}
          {c ? t.rich('logoutUri', { uri: c.backchannelLogoutUri, code }) : null}
        </p>
        <p className="text-sm text-fg-muted">{t.rich('verifiedEmailHelp', { code })}</p>
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
