import { getConsoleTranslator } from '@/lib/i18n/console';
import Link from 'next/link';
import type { RoleOptionDTO } from '@/lib/roles/dto';

const input =
  'block w-full rounded-md border border-border bg-bg px-3 py-2 text-sm text-fg aria-[invalid=true]:border-danger';

/** A plain GET form: the URL is the filter (bookmarkable, works without JavaScript). */
export async function UsersFilters({
  values,
  errors,
  roles,
}: {
  values: Record<string, string | undefined>;
  errors: Record<string, string[]>;
  roles: RoleOptionDTO[];
}) {
  const t = await getConsoleTranslator('account.users.usersFilters');
  const errorOf = (name: string) =>
    errors[name]?.length ? (
      <p id={`u-${name}-error`} role="alert" className="text-sm text-danger">
        {errors[name]!.join(' ')}
      </p>
    ) : null;
  const described = (name: string) => (errors[name]?.length ? `u-${name}-error` : undefined);
  return (
    <form
      method="get"
      action="/account/users"
      role="search"
      aria-label={t('searchAndFilterUsers')}
      className="grid gap-3 rounded-md border border-border p-4 sm:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <div className="space-y-1">
        <label htmlFor="u-q" className="block text-sm font-medium">
          {t('searchNameOrEmail')}
        </label>
        <input
          id="u-q"
          name="q"
          type="search"
          defaultValue={values.q}
          className={input}
          aria-invalid={errors.q ? true : undefined}
          aria-describedby={described('q')}
        />
        {errorOf('q')}
      </div>
      <div className="space-y-1">
        <label htmlFor="u-status" className="block text-sm font-medium">
          {t('status')}
        </label>
        <select
          id="u-status"
          name="status"
          defaultValue={values.status ?? ''}
          className={input}
          aria-invalid={errors.status ? true : undefined}
          aria-describedby={described('status')}
        >
          <option value="">{t('anyStatus')}</option>
          <option value="active">{t('active')}</option>
          <option value="invited">{t('invited')}</option>
          <option value="deactivated">{t('deactivated')}</option>
        </select>
        {errorOf('status')}
      </div>
      <div className="space-y-1">
        <label htmlFor="u-role" className="block text-sm font-medium">
          {t('role')}
        </label>
        <select
          id="u-role"
          name="role"
          defaultValue={values.role ?? ''}
          className={input}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={described('role')}
        >
          <option value="">{t('anyRole')}</option>
          {roles.map((r) => (
            <option key={r.ref} value={r.ref}>
              {r.label}
            </option>
          ))}
        </select>
        {errorOf('role')}
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
          {t('apply')}
        </button>
        <Link href="/account/users" className="py-2 text-sm">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
