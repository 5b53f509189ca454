'use client';

import { useTranslations } from 'use-intl';
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
  const t = useTranslations('account.roles.deleteRoleForm');
  const router = useRouter();
  const { state, pending, formProps, sudoDialog } = useFormAction(deleteRoleAction, {
    sudo: t('deletingARoleIs'),
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
            label={t('moveTo', { inUse })}
            name="reassignTo"
            defaultValue=""
            errors={errors?.reassignTo}
            hint={t('isInUseChoose', { name: name })}
          >
            <option value="">{t('chooseARole')}</option>
            <RoleOptions options={options} />
          </SelectField>
        ) : (
          <p className="text-sm">{t('nobodyHasThisRole')}</p>
        )}
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t('deleting') : `Delete ${name}`}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
