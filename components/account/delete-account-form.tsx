'use client';

import { useActionState } from 'react';
import { deleteMyAccountAction } from '@/app/(account)/account/profile/actions';
import { FormError } from '@/components/users/form-error';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

/** Deleting needs the current password and the address typed out; the server says why when it refuses. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState(deleteMyAccountAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label="Delete my account">
      <FormError state={state} />
      <Field label={`Type your email address (${email}) to confirm`} name="confirmEmail" type="email" autoComplete="off" required errors={errors?.confirmEmail} />
      <Field id="delete-account-password" label="Current password" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Deleting…' : 'Delete my account'}
      </Button>
    </form>
  );
}
