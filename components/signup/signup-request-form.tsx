'use client';

import { useTranslations } from 'use-intl';
import { requestSignupAction } from '@/app/(auth)/signup/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** Email only. A real form post, so it works before (or without) JavaScript. */
export function SignupRequestForm() {
  const t = useTranslations('auth.signup');
  const { state, formProps, pending } = useFormAction(requestSignupAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  if (state?.ok) {
    return <Alert tone="success">{t('sent')}</Alert>;
  }
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label={t('formLabel')}>
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        errors={error?.fieldErrors?.email}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
