import type { Metadata } from 'next';
import Link from 'next/link';
import { PermissionCatalogue } from '@/components/roles/permission-catalogue';
import { RoleForm } from '@/components/roles/role-form';
import { can } from '@/lib/access/can';
import { PERMISSION_GUIDE } from '@/lib/access/permission-guide';
import { requirePermission } from '@/lib/dal';
import { listRoles } from '@/lib/roles/list-roles';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'Roles' };

export default async function RolesPage() {
  const ctx = await requirePermission('account:read');
  const { roles, catalogue } = await listRoles(ctx);
  const canManage = can(ctx, 'roles:manage');
  const organization = ctx.session.organization?.name ?? 'your organization';
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Roles</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          A role is a set of permissions. Everyone in {organization} has one role; changes to a role apply to its
          members on their next click.{' '}
          {canManage
            ? 'You can create roles of your own from the permissions below.'
            : 'Owners can create roles of their own.'}
        </p>
      </div>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Roles in {organization}
        </h2>
        <div className="relative overflow-x-auto">
          <DataTable caption="Roles and what they allow" columns={['Role', 'Permissions', 'Members']}>
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
                    {r.builtIn ? 'Built-in' : 'Custom'}
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
                    <span className="block text-xs text-fg-muted">+{r.pendingInvitations} invited</span>
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
            Create a role
          </h2>
          <RoleForm catalogue={catalogue} held={[...ctx.session.permissions]} />
        </section>
      ) : null}

      <section aria-labelledby="catalogue-heading" className="space-y-3">
        <h2 id="catalogue-heading" className="text-xl font-semibold">
          Permission catalogue
        </h2>
        <p className="max-w-2xl text-sm text-fg-muted">
          Every permission a role can include, and what it lets a person do. “Look only” permissions are also all that a
          read-only support grant gives the vendor’s staff.
        </p>
        <PermissionCatalogue catalogue={catalogue} />
      </section>
    </div>
  );
}
