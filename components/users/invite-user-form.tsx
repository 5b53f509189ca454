'use client';

import { useTranslations } from 'use-intl';
import { inviteUserAction } from '@/app/(account)/account/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { RoleOptionDTO } from '@/lib/roles/dto';
import { formatDateTime } from '@/lib/ui/format';
import { FormError } from './form-error';
import { RoleOptions } from './role-options';
import { useFormAction } from '@/components/ui/use-form-action';

export function InviteUserForm({ roles, expiryDays }: { roles: RoleOptionDTO[]; expiryDays: number }) {
  const t = useTranslations('account.users.inviteUserForm');
  const { state, pending, formProps, sudoDialog } = useFormAction(inviteUserAction, {
    sudo: t('invitingSomeoneAsAn'),
    onSuccess: (_data, form) => form.reset(),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <form
        {...formProps}
        className="space-y-4 rounded-md border border-border p-4"
        noValidate
        aria-labelledby="invite-heading"
      >
        <h2 id="invite-heading" className="text-xl font-semibold">
          {t('inviteSomeone')}
        </h2>
        <p className="text-sm text-fg-muted">
          {t('theyGetAnEmail')} {expiryDays} {expiryDays === 1 ? 'day' : 'days'}.
        </p>
        {state?.ok ? (
          <Alert tone="success">
            {t('invitationSentToAs', {
              email: state.data.email,
              roleLabel: state.data.roleLabel,
              expiresAt: formatDateTime(state.data.expiresAt),
            })}
          </Alert>
        ) : null}
        <FormError state={state} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field
            label={t('emailAddress')}
            name="email"
            type="email"
            autoComplete="off"
            required
            errors={errors?.email}
          />
          <SelectField label={t('role')} name="role" defaultValue="member" errors={errors?.role}>
            <RoleOptions options={roles} />
          </SelectField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t('sending') : t('sendInvitation')}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
