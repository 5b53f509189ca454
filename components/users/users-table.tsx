import Link from 'next/link';
import type { UserRowDTO } from '@/lib/users/dto';
import { formatDateTime } from '@/lib/ui/format';
import { InvitationActions } from './invitation-actions';
import { StatusBadge } from './status-badge';

export function UsersTable({
  rows,
  organization,
  canManage,
}: {
  rows: UserRowDTO[];
  organization: string;
  canManage: boolean;
}) {
  if (!rows.length) return <p className="text-fg-muted">Nobody matches. Change the search or clear the filters.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">People with access to {organization}</caption>
        <thead className="border-b border-border text-fg-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Person
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Role
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Status
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Two-factor
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Last sign-in
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
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
                    <span className="ml-2 rounded bg-bg-subtle px-2 py-0.5 text-xs font-semibold">You</span>
                  ) : null}
                  <span className="block text-fg-muted [overflow-wrap:anywhere]">{r.email}</span>
                </td>
                <td className="py-3 pr-4">{r.roleLabel}</td>
                <td className="py-3 pr-4">
                  <StatusBadge status={r.status} />
                </td>
                <td className="py-3 pr-4">{r.twoFactor.enabled ? `On (${r.twoFactor.methods.join(', ')})` : 'Off'}</td>
                <td className="whitespace-nowrap py-3 pr-4">
                  {r.lastSignInAt ? formatDateTime(r.lastSignInAt) : 'Never'}
                </td>
                <td className="py-3">
                  <Link href={`/account/users/${r.userId}`} aria-label={`${canManage ? 'Manage' : 'View'} ${r.name}`}>
                    {canManage ? 'Manage' : 'View'}
                  </Link>
                </td>
              </tr>
            ) : (
              <tr key={r.invitationId} className="border-b border-border align-middle">
                <td className="py-3 pr-4">
                  <span className="font-medium [overflow-wrap:anywhere]">{r.email}</span>
                  <span className="block text-fg-muted">Invited by {r.invitedBy}</span>
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
