'use client';

import { requestResetAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

export function ForgotPasswordForm() {
  const { state, formProps, pending } = useFormAction(requestResetAction);
  if (state?.ok) {
    return (
      <Alert tone="success">
        If an account exists for that address, we have sent it a link to choose a new password. The link works once and
        expires in 30 minutes. Check your spam folder if nothing arrives within a few minutes.
      </Alert>
    );
  }
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={error?.fieldErrors?.email} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send reset link'}
      </Button>
    </form>
  );
}
