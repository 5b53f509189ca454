import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/dal';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listNoticesForCustomer } from '@/lib/subprocessors/objections/customer-notices';
import { formatDate } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'Sub-processor notices' };

const OBJECTION = {
  received: 'Objection filed',
  acknowledged: 'Objection acknowledged',
  resolved: 'Objection resolved',
} as Record<string, string>;

export default async function SubprocessorNoticesPage() {
  const ctx = await requirePermission('account:read');
  const notices = await listNoticesForCustomer(ctx);
  const today = todayUtc();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Sub-processor notices</h1>
        <p className="text-fg-muted">
          Every change to the sub-processors we use, with the date it takes effect and the last day your organization
          can object. Administrators can object from a notice. Get them by email from the{' '}
          <Link prefetch={false} href="/subprocessors/subscribe">
            subscription page
          </Link>
          , or by{' '}
          <Link prefetch={false} href="/account/webhooks">
            webhook
          </Link>
          .
        </p>
      </div>
      {notices.length === 0 ? (
        <p className="text-sm text-fg-muted">No notices have been published yet.</p>
      ) : (
        <DataTable
          caption="Published sub-processor change notices"
          columns={['Notice', 'Effective', 'Objections until', 'Your objection']}
        >
          {notices.map((n) => (
            <tr key={n.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">
                <Link prefetch={false} href={`/account/subprocessor-notices/${n.number}`}>
                  #{n.number}: {n.summary}
                </Link>
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDate(n.effectiveDate)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">
                {formatDate(n.objectionDeadline)}
                {n.objectionDeadline < today ? <span className="block text-fg-muted">closed</span> : null}
              </td>
              <td className="py-2">{n.objectionStatus ? (OBJECTION[n.objectionStatus] ?? n.objectionStatus) : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
