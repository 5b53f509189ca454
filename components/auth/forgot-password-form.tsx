'use client';

import { useTranslations } from 'use-intl';
import { requestResetAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const { state, formProps, pending } = useFormAction(requestResetAction);
  if (state?.ok) {
    return <Alert tone="success">{t('sent')}</Alert>;
  }
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={error?.fieldErrors?.email}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
