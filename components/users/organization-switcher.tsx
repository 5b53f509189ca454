'use client';

import { useTranslations } from 'use-intl';
import { useRouter } from 'next/navigation';
import { switchOrganizationAction } from '@/app/(account)/account/actions';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { MyOrganizationDTO } from '@/lib/users/list-my-organizations';
import { FormError } from './form-error';

/** Shown only to people in more than one organization. */
export function OrganizationSwitcher({ organizations }: { organizations: MyOrganizationDTO[] }) {
  const t = useTranslations('account.users.organizationSwitcher');
  const router = useRouter();
  const { state, formProps, pending } = useFormAction(switchOrganizationAction, {
    onSuccess: () => {
      router.replace('/account');
      router.refresh();
    },
  });
  const current = organizations.find((o) => o.current);
  return (
    <form {...formProps} className="flex max-w-xl flex-wrap items-end gap-3" noValidate>
      <div className="min-w-56 flex-1">
        <SelectField
          label={t('organization')}
          name="organizationId"
          defaultValue={current?.id}
          errors={state && !state.ok ? state.fieldErrors?.organizationId : undefined}
        >
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.roleLabel})
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t('switching') : t('switch')}
      </Button>
      <FormError state={state} />
    </form>
  );
}
