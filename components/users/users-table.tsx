import { getConsoleTranslator } from '@/lib/i18n/console';
import Link from 'next/link';
import type { UserRowDTO } from '@/lib/users/dto';
import { formatDateTime } from '@/lib/ui/format';
import { InvitationActions } from './invitation-actions';
import { StatusBadge } from './status-badge';

export async function UsersTable({
  rows,
  organization,
  canManage,
}: {
  rows: UserRowDTO[];
  organization: string;
  canManage: boolean;
}) {
  const t = await getConsoleTranslator('account.users.usersTable');
  if (!rows.length) return <p className="text-fg-muted">{t('nobodyMatchesChangeThe')}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('peopleWithAccessTo', { organization: organization })}</caption>
        <thead className="border-b border-border text-fg-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('person')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('role')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('status')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('twoFactor')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('lastSignIn')}
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.kind === 'member' ? (
              <tr key={r.userId} className="border-b border-border align-middle">
                <td className="py-3 pr-4">
                  <Link href={`/account/users/${r.userId}`} className="font-medium">
                    {r.name}
                  </Link>
                  {r.isYou ? (
                    <span className="ml-2 rounded bg-bg-subtle px-2 py-0.5 text-xs font-semibold">{t('you')}</span>
                  ) : null}
                  <span className="block text-fg-muted [overflow-wrap:anywhere]">{r.email}</span>
                </td>
                <td className="py-3 pr-4">{r.roleLabel}</td>
                <td className="py-3 pr-4">
                  <StatusBadge status={r.status} />
                </td>
                <td className="py-3 pr-4">
                  {r.twoFactor.enabled ? `On (${r.twoFactor.methods.join(', ')})` : t('off')}
                </td>
                <td className="whitespace-nowrap py-3 pr-4">
                  {r.lastSignInAt ? formatDateTime(r.lastSignInAt) : t('never')}
                </td>
                <td className="py-3">
                  <Link
                    href={`/account/users/${r.userId}`}
                    aria-label={`${canManage ? t('manage') : t('view')} ${r.name}`}
                  >
                    {canManage ? t('manage') : t('view')}
                  </Link>
                </td>
              </tr>
            ) : (
              <tr key={r.invitationId} className="border-b border-border align-middle">
                <td className="py-3 pr-4">
                  <span className="font-medium [overflow-wrap:anywhere]">{r.email}</span>
                  <span className="block text-fg-muted">{t('invitedBy', { invitedBy: r.invitedBy })}</span>
                </td>
                <td className="py-3 pr-4">{r.roleLabel}</td>
                <td className="py-3 pr-4">
                  <StatusBadge status={r.expired ? 'expired' : 'invited'} />
                  <span className="block text-xs text-fg-muted">
                    {r.expired ? 'expired' : 'expires'} {formatDateTime(r.expiresAt)}
                  </span>
                </td>
                <td className="py-3 pr-4 text-fg-muted">—</td>
                <td className="py-3 pr-4 text-fg-muted">—</td>
                <td className="py-3">
                  {canManage ? <InvitationActions invitationId={r.invitationId} email={r.email} /> : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
