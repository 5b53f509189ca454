import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/users/invite-user-form';
import { UsersFilters } from '@/components/users/users-filters';
import { UsersTable } from '@/components/users/users-table';
import { can } from '@/lib/access/can';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { listUsers } from '@/lib/users/list-users';
import { ZUserListFilterSchema } from '@/lib/validation/users';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { fieldErrorsFrom } from '@/lib/validation/action-input';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.users');
  return { title: t('metaTitle') };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getConsoleTranslator('account.page.users');
  const ctx = await requirePermission('account:read');
  const raw = queryInput(await searchParams);
  const parsed = ZUserListFilterSchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const [rows, roles] = await Promise.all([listUsers(ctx, parsed.success ? parsed.data : {}), listRoleOptions(ctx)]);
  const canManage = can(ctx, 'users:manage');
  const organization = ctx.session.organization?.name ?? t('yourOrganization');
  const filtered = Boolean(raw.q || raw.status || raw.role);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('users')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          {t('intro', { organization })} {canManage ? t('openAPersonTo') : t('onlyAdministratorsCanChange')}
        </p>
      </div>
      {canManage ? <InviteUserForm roles={roles} expiryDays={getConfig().invitationExpiryDays} /> : null}
      <section aria-labelledby="people-heading" className="space-y-4">
        <h2 id="people-heading" className="text-xl font-semibold">
          {t('people')}{' '}
          {filtered ? (
            <span className="text-base font-normal text-fg-muted">{t('matching', { rowsCount: rows.length })}</span>
          ) : null}
        </h2>
        <UsersFilters values={raw as Record<string, string | undefined>} errors={errors} roles={roles} />
        <UsersTable rows={rows} organization={organization} canManage={canManage} />
      </section>
    </div>
  );
}
