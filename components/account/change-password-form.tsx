'use client';

import { changePasswordAction } from '@/app/(account)/account/security/actions';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

export function ChangePasswordForm({ minLength, email }: { minLength: number; email: string }) {
  const { state, formProps, pending } = useFormAction(changePasswordAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="max-w-md space-y-4" noValidate>
      {state?.ok ? (
        <Alert tone="success">
          Password changed.{' '}
          {state.data.otherSessionsEnded === 1
            ? 'Your 1 other session was signed out.'
            : `Your ${state.data.otherSessionsEnded} other sessions were signed out.`}{' '}
          We sent a confirmation to your email.
        </Alert>
      ) : null}
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={error?.fieldErrors?.currentPassword}
      />
      <NewPasswordFields errors={error?.fieldErrors} minLength={minLength} userInputs={[email]} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
