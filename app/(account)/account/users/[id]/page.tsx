import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MemberActions } from '@/components/users/member-actions';
import { StatusBadge } from '@/components/users/status-badge';
import { can } from '@/lib/access/can';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { formatDateTime } from '@/lib/ui/format';
import { getMember } from '@/lib/users/get-member';
import { isUuid, pathParam } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.usersDetail');
  return { title: t('metaTitle') };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const t = await getConsoleTranslator('account.page.usersDetail');
  const ctx = await requirePermission('account:read');
  const id = pathParam((await params).id);
  if (!isUuid(id)) notFound();
  const member = await getMember(ctx, { userId: id }).catch((err: unknown) => {
    // Another organization's user is simply not there (R25).
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const canManage = can(ctx, 'users:manage');
  const organization = ctx.session.organization?.name ?? t('thisOrganization');
  const roles = canManage ? await listRoleOptions(ctx) : [];
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/account/users">{t('allUsers')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">
          {member.name} {member.isYou ? <span className="text-base font-normal text-fg-muted">{t('you')}</span> : null}
        </h1>
        <p className="mt-1 break-all text-fg-muted">{member.email}</p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-md border border-border p-4">
          <dt className="text-sm text-fg-muted">{t('role')}</dt>
          <dd className="mt-1 font-medium">{member.roleLabel}</dd>
        </div>
        <div className="rounded-md border border-border p-4">
          <dt className="text-sm text-fg-muted">{t('status')}</dt>
          <dd className="mt-1">
            <StatusBadge status={member.status} />
          </dd>
        </div>
        <div className="rounded-md border border-border p-4">
          <dt className="text-sm text-fg-muted">{t('twoFactorAuthentication')}</dt>
          <dd className="mt-1 font-medium">
            {member.twoFactor.enabled ? `On (${member.twoFactor.methods.join(', ')})` : t('off')}
          </dd>
        </div>
        <div className="rounded-md border border-border p-4">
          <dt className="text-sm text-fg-muted">{t('lastSignIn')}</dt>
          <dd className="mt-1 font-medium">{member.lastSignInAt ? formatDateTime(member.lastSignInAt) : t('never')}</dd>
        </div>
        <div className="rounded-md border border-border p-4">
          <dt className="text-sm text-fg-muted">{t('memberSince')}</dt>
          <dd className="mt-1 font-medium">{formatDateTime(member.joinedAt)}</dd>
        </div>
        <div className="rounded-md border border-border p-4">
          <dt className="text-sm text-fg-muted">{t('activeSessions')}</dt>
          <dd className="mt-1 font-medium">{member.activeSessions}</dd>
        </div>
      </dl>
      {canManage ? (
        <MemberActions
          member={member}
          roles={roles}
          organization={organization}
          viewerIsOwner={ctx.session.role === 'owner'}
        />
      ) : (
        <p className="text-fg-muted">{t('onlyAdministratorsCanChange', { whose: member.isYou ? 'you' : 'other' })}</p>
      )}
    </div>
  );
}
