import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteRoleForm } from '@/components/roles/delete-role-form';
import { RoleForm } from '@/components/roles/role-form';
import { can } from '@/lib/access/can';
import { PERMISSION_GUIDE } from '@/lib/access/permission-guide';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { getRole } from '@/lib/roles/get-role';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { listRoles } from '@/lib/roles/list-roles';
import { isUuid, pathParam } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.rolesDetail');
  return { title: t('metaTitle') };
}

export default async function RolePage({ params }: { params: Promise<{ id: string }> }) {
  const t = await getConsoleTranslator('account.page.rolesDetail');
  const ctx = await requirePermission('account:read');
  const id = pathParam((await params).id);
  if (!isUuid(id)) notFound();
  const role = await getRole(ctx, { roleId: id }).catch((err: unknown) => {
    // Another organization's role is simply not there (R25).
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const canManage = can(ctx, 'roles:manage');
  const [{ catalogue }, options] = canManage
    ? await Promise.all([listRoles(ctx), listRoleOptions(ctx)])
    : [{ catalogue: [] }, []];
  return (
    <div className="space-y-10">
      <p className="text-sm">
        <Link href="/account/roles">{t('allRoles')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{role.name}</h1>
        <p className="mt-1 text-fg-muted">
          {t('customRole')} {role.members === 1 ? '1 member' : `${role.members} members`}
          {role.pendingInvitations ? ` · ${role.pendingInvitations} invited` : ''}
        </p>
      </div>
      {canManage ? (
        <>
          <section aria-labelledby="edit-heading" className="space-y-3">
            <h2 id="edit-heading" className="text-xl font-semibold">
              {t('edit')}
            </h2>
            <RoleForm catalogue={catalogue} held={[...ctx.session.permissions]} role={{ ...role, id: role.id! }} />
          </section>
          <section aria-labelledby="delete-heading" className="space-y-3">
            <h2 id="delete-heading" className="text-xl font-semibold">
              {t('delete')}
            </h2>
            <DeleteRoleForm
              roleId={role.id!}
              name={role.name}
              inUse={role.members + role.pendingInvitations}
              options={options.filter((o) => o.ref !== role.ref)}
            />
          </section>
        </>
      ) : (
        <section aria-labelledby="perm-heading" className="space-y-3">
          <h2 id="perm-heading" className="text-xl font-semibold">
            {t('permissions')}
          </h2>
          {role.description ? <p>{role.description}</p> : null}
          <ul className="list-disc space-y-1 pl-6">
            {role.permissions.map((p) => (
              <li key={p}>
                <span className="font-medium">{PERMISSION_GUIDE[p].title}</span>: {PERMISSION_GUIDE[p].description}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
