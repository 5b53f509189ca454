'use client';

import { useRouter } from 'next/navigation';
import { deleteRoleAction } from '@/app/(account)/account/roles/actions';
import { FormError } from '@/components/users/form-error';
import { RoleOptions } from '@/components/users/role-options';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { RoleOptionDTO } from '@/lib/roles/dto';
import { useFormAction } from '@/components/ui/use-form-action';

/** Deletes a custom role; a role in use needs a role its members (and pending invitations) move to. */
export function DeleteRoleForm({
  roleId,
  name,
  inUse,
  options,
}: {
  roleId: string;
  name: string;
  inUse: number;
  options: RoleOptionDTO[];
}) {
  const router = useRouter();
  const { state, pending, formProps, sudoDialog } = useFormAction(deleteRoleAction, {
    sudo: 'Deleting a role is a sensitive change.',
    onSuccess: () => router.push('/account/roles'),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <form {...formProps} className="max-w-xl space-y-4" noValidate>
        <input type="hidden" name="roleId" value={roleId} />
        <FormError state={state} />
        {inUse > 0 ? (
          <SelectField
            label={`Move its ${inUse === 1 ? 'member or invitation' : `${inUse} members and invitations`} to`}
            name="reassignTo"
            defaultValue=""
            errors={errors?.reassignTo}
            hint={`${name} is in use. Choose the role its people get instead; the change applies on their next click.`}
          >
            <option value="">Choose a role…</option>
            <RoleOptions options={options} />
          </SelectField>
        ) : (
          <p className="text-sm">Nobody has this role, so it can be deleted straight away.</p>
        )}
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? 'Deleting…' : `Delete ${name}`}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
