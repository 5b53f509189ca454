'use client';

import { requestSignupAction } from '@/app/(auth)/signup/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** Email only. A real form post, so it works before (or without) JavaScript. */
export function SignupRequestForm() {
  const { state, formProps, pending } = useFormAction(requestSignupAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  if (state?.ok) {
    return (
      <Alert tone="success">
        Check your inbox. We have sent a link to the address you entered; open it within 30 minutes to name your
        organization and choose a password. Nothing arrived after a few minutes? Check your spam folder, or ask again.
      </Alert>
    );
  }
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label="Sign up">
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        errors={error?.fieldErrors?.email}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send me a sign-up link'}
      </Button>
    </form>
  );
}
