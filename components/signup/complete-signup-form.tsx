'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { completeSignupAction } from '@/app/(auth)/signup/actions';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/**
 * Names the organization and the owner, and sets the password. A form posting to the server action posts the password in the
 * request body with or without JavaScript; the server signs the owner in and redirects.
 */
export function CompleteSignupForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const t = useTranslations('auth.signupConfirm');
  const { state, formProps, pending } = useFormAction(completeSignupAction);
  // Controlled, so a refused submission keeps what was typed (React resets uncontrolled fields).
  const [organizationName, setOrganizationName] = useState('');
  const [name, setName] = useState('');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label={t('formLabel')}>
      {errors?.token ? <Alert tone="error">{errors.token.join(' ')}</Alert> : <FormError state={state} />}
      <input type="hidden" name="token" value={token} />
      <div className="space-y-1">
        <p className="text-sm font-medium">{t('emailConfirmed')}</p>
        <p className="break-all">{email}</p>
      </div>
      <Field
        label={t('organizationName')}
        name="organizationName"
        autoComplete="organization"
        required
        maxLength={80}
        value={organizationName}
        onChange={(e) => setOrganizationName(e.target.value)}
        hint={t('organizationHint')}
        errors={errors?.organizationName}
      />
      <Field
        label={t('name')}
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        value={name}
        onChange={(e) => setName(e.target.value)}
        errors={errors?.name}
      />
      <NewPasswordFields
        errors={errors}
        minLength={minLength}
        userInputs={[email, organizationName, name]}
        label={t('password')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
