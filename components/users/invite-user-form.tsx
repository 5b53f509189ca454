'use client';

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
  const { state, pending, formProps, sudoDialog } = useFormAction(inviteUserAction, {
    sudo: 'Inviting someone as an administrator is a sensitive change.',
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
          Invite someone
        </h2>
        <p className="text-sm text-fg-muted">
          They get an email with a link that works once and expires in {expiryDays} {expiryDays === 1 ? 'day' : 'days'}.
        </p>
        {state?.ok ? (
          <Alert tone="success">
            Invitation sent to {state.data.email} as {state.data.roleLabel}. The link expires{' '}
            {formatDateTime(state.data.expiresAt)}.
          </Alert>
        ) : null}
        <FormError state={state} />
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field label="Email address" name="email" type="email" autoComplete="off" required errors={errors?.email} />
          <SelectField label="Role" name="role" defaultValue="member" errors={errors?.role}>
            <RoleOptions options={roles} />
          </SelectField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Sending…' : 'Send invitation'}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
