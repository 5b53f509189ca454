'use client';

import { useTranslations } from 'use-intl';
import { changePasswordAction } from '@/app/(account)/account/security/actions';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

export function ChangePasswordForm({ minLength, email }: { minLength: number; email: string }) {
  const t = useTranslations('account.account.changePasswordForm');
  const { state, formProps, pending } = useFormAction(changePasswordAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="max-w-md space-y-4" noValidate>
      {state?.ok ? (
        <Alert tone="success">
          {t('passwordChanged')}{' '}
          {state.data.otherSessionsEnded === 1
            ? t('your1OtherSession')
            : t('yourOtherSessionsWere', { otherSessionsEnded: state.data.otherSessionsEnded })}{' '}
          {t('weSentAConfirmation')}
        </Alert>
      ) : null}
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field
        label={t('currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={error?.fieldErrors?.currentPassword}
      />
      <NewPasswordFields errors={error?.fieldErrors} minLength={minLength} userInputs={[email]} />
      <Button type="submit" disabled={pending}>
        {pending ? t('changing') : t('changePassword')}
      </Button>
    </form>
  );
}
