'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import { requestEmailChangeAction } from '@/app/(account)/account/profile/actions';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** New address plus the current password (re-authentication in the form, so it works without JavaScript). */
export function EmailChangeForm({ currentEmail }: { currentEmail: string }) {
  const t = useTranslations('account.account.emailChangeForm');
  const { state, formProps, pending } = useFormAction(requestEmailChangeAction, {
    onSuccess: (_data, form) => form.reset(),
  });
  const [newEmail, setNewEmail] = useState('');
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label={t('changeEmailAddress')}>
      {state?.ok ? (
        <Alert tone="success">
          {t('weSentAConfirmation', { sentTo: state.data.sentTo, currentEmail: currentEmail })}
        </Alert>
      ) : (
        <FormError state={state} />
      )}
      <Field
        label={t('newEmailAddress')}
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
        label={t('currentPassword')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('sending') : t('sendConfirmationLink')}
      </Button>
    </form>
  );
}
