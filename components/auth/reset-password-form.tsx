'use client';

import { useRouter } from 'next/navigation';
import { resetPasswordAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(resetPasswordAction, { onSuccess: () => router.push('/login?reset=1') });
  const error = state && !state.ok ? state : null;
  const generalError = error && (!error.fieldErrors || error.fieldErrors.token) ? error.error : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={error?.fieldErrors} minLength={minLength} userInputs={[]} />
      <Button type="submit" disabled={pending || state?.ok}>
        {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
