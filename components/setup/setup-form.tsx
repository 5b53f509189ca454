'use client';

import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { completeSetupAction } from '@/app/(auth)/setup/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** Posts with and without JavaScript: a form posting to the server action (useFormAction). */
export function SetupForm({
  initialToken,
  defaultOrganizationName,
  passwordMinLength,
}: {
  initialToken: string;
  defaultOrganizationName: string;
  passwordMinLength: number;
}) {
  const t = useTranslations('auth.setup');
  const { state, formProps, pending } = useFormAction(completeSetupAction);
  // A token that came in the link moves into the form; the address bar (and history) forget it.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('token')) window.history.replaceState(null, '', '/setup');
  }, []);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const tokenFromLink = initialToken !== '' && !errors?.token;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {tokenFromLink ? (
        <>
          <input type="hidden" name="token" value={initialToken} />
          <Alert tone="info">{t('tokenFromLink')}</Alert>
        </>
      ) : (
        <Field
          label={t('token')}
          name="token"
          autoComplete="off"
          spellCheck={false}
          required
          hint={t('tokenHint')}
          errors={errors?.token}
        />
      )}
      <Field
        label={t('organizationName')}
        name="organizationName"
        defaultValue={failed?.values?.organizationName ?? defaultOrganizationName}
        hint={t('organizationHint')}
        errors={errors?.organizationName}
      />
      <Field
        label={t('name')}
        name="name"
        autoComplete="name"
        required
        defaultValue={failed?.values?.name}
        errors={errors?.name}
      />
      <Field
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={errors?.email}
      />
      <Field
        label={t('password')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t('passwordHint', { minLength: passwordMinLength })}
        errors={errors?.newPassword}
      />
      <Field
        label={t('confirmPassword')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
