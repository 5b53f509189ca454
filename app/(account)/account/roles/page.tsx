import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PermissionCatalogue } from '@/components/roles/permission-catalogue';
import { RoleForm } from '@/components/roles/role-form';
import { can } from '@/lib/access/can';
import { PERMISSION_GUIDE } from '@/lib/access/permission-guide';
import { requirePermission } from '@/lib/dal';
import { listRoles } from '@/lib/roles/list-roles';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.roles');
  return { title: t('metaTitle') };
}

export default async function RolesPage() {
  const t = await getConsoleTranslator('account.page.roles');
  const ctx = await requirePermission('account:read');
  const { roles, catalogue } = await listRoles(ctx);
  const canManage = can(ctx, 'roles:manage');
  const organization = ctx.session.organization?.name ?? t('yourOrganization');
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t('roles')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          {t('intro', { organization })} {canManage ? t('youCanCreateRoles') : t('ownersCanCreateRoles')}
        </p>
      </div>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-xl font-semibold">
          {t('rolesIn', { organization: organization })}
        </h2>
        <div className="relative overflow-x-auto">
          <DataTable caption={t('rolesAndWhatThey')} columns={[t('role'), t('permissions'), t('members')]}>
            {roles.map((r) => (
              <tr key={r.ref} className="border-b border-border align-top">
                <td className="py-3 pr-4">
                  {r.id ? (
                    <Link href={`/account/roles/${r.id}`} className="font-medium">
                      {r.name}
                    </Link>
                  ) : (
                    <span className="font-medium">{r.name}</span>
                  )}
                  <span className="ml-2 rounded bg-bg-subtle px-2 py-0.5 text-xs">
                    {r.builtIn ? t('builtIn') : t('custom')}
                  </span>
                  {r.description ? <p className="mt-1 text-fg-muted">{r.description}</p> : null}
                </td>
                <td className="py-3 pr-4">
                  <ul className="space-y-0.5">
                    {r.permissions.map((p) => (
                      <li key={p}>{PERMISSION_GUIDE[p].title}</li>
                    ))}
                  </ul>
                </td>
                <td className="py-3 pr-4">
                  {r.members}
                  {r.pendingInvitations ? (
                    <span className="block text-xs text-fg-muted">
                      {t('invited', { pendingInvitations: r.pendingInvitations })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      </section>

      {canManage ? (
        <section aria-labelledby="new-role-heading" className="space-y-3">
          <h2 id="new-role-heading" className="text-xl font-semibold">
            {t('createARole')}
          </h2>
          <RoleForm catalogue={catalogue} held={[...ctx.session.permissions]} />
        </section>
      ) : null}

      <section aria-labelledby="catalogue-heading" className="space-y-3">
        <h2 id="catalogue-heading" className="text-xl font-semibold">
          {t('permissionCatalogue')}
        </h2>
        <p className="max-w-2xl text-sm text-fg-muted">{t('everyPermissionARole')}</p>
        <PermissionCatalogue catalogue={catalogue} />
      </section>
    </div>
  );
}
