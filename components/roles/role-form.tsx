'use client';

import { useTranslations } from 'use-intl';
import { useRouter } from 'next/navigation';
import { createRoleAction, updateRoleAction } from '@/app/(account)/account/roles/actions';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { Permission } from '@/lib/access/permissions';
import type { PermissionDTO } from '@/lib/roles/dto';
import { useFormAction } from '@/components/ui/use-form-action';

/** Create or edit a custom role: a name, a description and permissions picked from the catalogue. */
export function RoleForm({
  catalogue,
  held,
  role,
}: {
  catalogue: PermissionDTO[];
  /** The editor's own permissions: nobody puts rights they lack into a role. */
  held: Permission[];
  role?: { id: string; name: string; description: string; permissions: Permission[] };
}) {
  const t = useTranslations('account.roles.roleForm');
  const router = useRouter();
  const editing = Boolean(role);
  const { state, pending, formProps, sudoDialog } = useFormAction(editing ? updateRoleAction : createRoleAction, {
    sudo: t('changingRolesIsA'),
    onSuccess: (data, form) => {
      if (!editing) {
        form.reset();
        router.refresh();
      } else router.push('/account/roles');
      void data;
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const heldSet = new Set(held);
  const legendId = editing ? 'perm-legend-edit' : 'perm-legend-new';
  return (
    <>
      <form {...formProps} className="max-w-2xl space-y-4" noValidate>
        {state?.ok && !editing ? (
          <Alert tone="success">{t('roleCreatedAssignIt', { name: state.data.name })}</Alert>
        ) : null}
        <FormError state={state} />
        {role ? <input type="hidden" name="roleId" value={role.id} /> : null}
        <Field label={t('name')} name="name" required maxLength={60} defaultValue={role?.name} errors={errors?.name} />
        <Field
          label={t('description')}
          name="description"
          maxLength={300}
          defaultValue={role?.description}
          hint={t('whatThisRoleIs')}
          errors={errors?.description}
        />
        <fieldset className="space-y-3" aria-describedby={errors?.permissions ? 'permissions-error' : undefined}>
          <legend id={legendId} className="text-sm font-medium">
            {t('permissions')}
          </legend>
          {catalogue.map((p) => {
            const id = `${editing ? 'edit' : 'new'}-perm-${p.key.replace(':', '-')}`;
            const allowed = heldSet.has(p.key);
            return (
              <div key={p.key} className="flex gap-3">
                <input
                  id={id}
                  type="checkbox"
                  name={`permission.${p.key}`}
                  defaultChecked={role?.permissions.includes(p.key) ?? p.key === 'account:read'}
                  disabled={!allowed}
                  aria-describedby={`${id}-desc`}
                  className="mt-1 h-4 w-4 shrink-0"
                />
                <div>
                  <label htmlFor={id} className="text-sm font-medium">
                    {p.title} <span className="font-mono text-xs font-normal text-fg-muted">{p.key}</span>
                  </label>
                  <p id={`${id}-desc`} className="text-sm text-fg-muted">
                    {p.description}
                    {allowed ? '' : t('youDoNotHold')}
                  </p>
                </div>
              </div>
            );
          })}
          {errors?.permissions ? (
            <ul id="permissions-error" className="text-sm text-danger">
              {errors.permissions.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : editing ? t('saveRole') : t('createRole')}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
