'use client';

import { confirmEmailChangeAction } from '@/app/(account)/account/profile/actions';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

/** Opening the link changes nothing; this button does (a POST, with or without JavaScript). */
export function ConfirmEmailChangeForm({ token, newEmail }: { token: string; newEmail: string }) {
  const { state, formProps, pending } = useFormAction(confirmEmailChangeAction);
  if (state?.ok) {
    return <Alert tone="success">Done: your account now uses {state.data.email}. Sign in with it from now on.</Alert>;
  }
  const tokenError = state && !state.ok ? state.fieldErrors?.token : undefined;
  return (
    <form {...formProps} className="space-y-4" aria-label="Confirm new email address">
      {tokenError ? <Alert tone="error">{tokenError.join(' ')}</Alert> : <FormError state={state} />}
      <input type="hidden" name="token" value={token} />
      <p>
        Move your account to <strong>{newEmail}</strong>? You will sign in with this address from now on.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Confirming…' : 'Confirm new address'}
      </Button>
    </form>
  );
}
