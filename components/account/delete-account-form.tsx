'use client';

import { useTranslations } from 'use-intl';
import { deleteMyAccountAction } from '@/app/(account)/account/profile/actions';
import { FormError } from '@/components/users/form-error';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** Deleting needs the current password and the address typed out; the server says why when it refuses. */
export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations('account.account.deleteAccountForm');
  const { state, formProps, pending } = useFormAction(deleteMyAccountAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4" noValidate aria-label={t('deleteMyAccount')}>
      <FormError state={state} />
      <Field
        label={t('typeYourEmailAddress', { email: email })}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        errors={errors?.confirmEmail}
      />
      <Field
        id="delete-account-password"
        label={t('currentPassword')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.password}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t('deleting') : t('deleteMyAccount')}
      </Button>
    </form>
  );
}
