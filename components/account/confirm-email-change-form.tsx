'use client';

import { useTranslations } from 'use-intl';
import { confirmEmailChangeAction } from '@/app/(account)/account/profile/actions';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

/** Opening the link changes nothing; this button does (a POST, with or without JavaScript). */
export function ConfirmEmailChangeForm({ token, newEmail }: { token: string; newEmail: string }) {
  const t = useTranslations('auth.confirmEmail');
  const { state, formProps, pending } = useFormAction(confirmEmailChangeAction);
  if (state?.ok) {
    return <Alert tone="success">{t('done', { email: state.data.email })}</Alert>;
  }
  const tokenError = state && !state.ok ? state.fieldErrors?.token : undefined;
  return (
    <form {...formProps} className="space-y-4" aria-label={t('formLabel')}>
      {tokenError ? <Alert tone="error">{tokenError.join(' ')}</Alert> : <FormError state={state} />}
      <input type="hidden" name="token" value={token} />
      <p>{t.rich('question', { email: newEmail, b: (chunks) => <strong>{chunks}</strong> })}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
