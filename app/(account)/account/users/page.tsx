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

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('account:read');
  const raw = queryInput(await searchParams);
  const parsed = ZUserListFilterSchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const [rows, roles] = await Promise.all([listUsers(ctx, parsed.success ? parsed.data : {}), listRoleOptions(ctx)]);
  const canManage = can(ctx, 'users:manage');
  const organization = ctx.session.organization?.name ?? 'your organization';
  const filtered = Boolean(raw.q || raw.status || raw.role);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Users</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          Everyone with access to {organization}, and everyone invited.{' '}
          {canManage
            ? 'Open a person to change their role, sign them out, deactivate or remove them.'
            : 'Only administrators can change who has access.'}
        </p>
      </div>
      {canManage ? <InviteUserForm roles={roles} expiryDays={getConfig().invitationExpiryDays} /> : null}
      <section aria-labelledby="people-heading" className="space-y-4">
        <h2 id="people-heading" className="text-xl font-semibold">
          People{' '}
          {filtered ? <span className="text-base font-normal text-fg-muted">({rows.length} matching)</span> : null}
        </h2>
        <UsersFilters values={raw as Record<string, string | undefined>} errors={errors} roles={roles} />
        <UsersTable rows={rows} organization={organization} canManage={canManage} />
      </section>
    </div>
  );
}
