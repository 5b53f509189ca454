'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { resetPasswordAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const router = useRouter();
  const { state, formProps, pending } = useFormAction(resetPasswordAction, {
    onSuccess: () => router.push('/login?reset=1'),
  });
  const error = state && !state.ok ? state : null;
  const generalError = error && (!error.fieldErrors || error.fieldErrors.token) ? error.error : null;
  if (state?.ok) {
    // Without JavaScript the page comes back here after the POST (with it, onSuccess has navigated).
    return (
      <Alert tone="success">
        Your password was changed. <Link href="/login?reset=1">Sign in with your new password</Link>.
      </Alert>
    );
  }
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={error?.fieldErrors} minLength={minLength} userInputs={[]} />
      <Button type="submit" disabled={pending || state?.ok}>
        {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
