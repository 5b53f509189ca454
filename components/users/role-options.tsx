import { useTranslations } from 'use-intl';
import type { RoleOptionDTO } from '@/lib/roles/dto';

/** <option>s for a role select: roles the user may not hand out are listed but disabled, with why. */
export function RoleOptions({ options }: { options: RoleOptionDTO[] }) {
  const t = useTranslations('account.users.roleOptions');
  return (
    <>
      {options.map((o) => (
        <option key={o.ref} value={o.ref} disabled={!o.assignable}>
          {o.label}
          {o.administrative ? ' (administrator)' : ''}
          {o.assignable ? '' : t('needsRightsYouDo')}
        </option>
      ))}
    </>
  );
}
