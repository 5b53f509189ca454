'use client';

import { useState } from 'react';
import { requestEmailChangeAction } from '@/app/(account)/account/profile/actions';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** New address plus the current password (re-authentication in the form, so it works without JavaScript). */
export function EmailChangeForm({ currentEmail }: { currentEmail: string }) {
  const { state, formProps, pending } = useFormAction(requestEmailChangeAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  const [newEmail, setNewEmail] = useState('');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label="Change email address">
      {state?.ok ? (
        <Alert tone="success">
          We sent a confirmation link to {state.data.sentTo}. Open it within 30 minutes to finish; until then you keep
          signing in with {currentEmail}. We also told {currentEmail} about this request.
        </Alert>
      ) : (
        <FormError state={state} />
      )}
      <Field
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        value={newEmail}
        onChange={(e) => setNewEmail(e.target.value)}
        errors={errors?.newEmail}
      />
      <Field
        id="email-change-password"
        label="Current password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Sending…' : 'Send confirmation link'}
      </Button>
    </form>
  );
}
