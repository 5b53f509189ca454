import type { Metadata } from 'next';
import Link from 'next/link';
import { ObjectionStatusButtons } from '@/components/notices/objection-status-buttons';
import { requirePermission } from '@/lib/dal';
import { listSubprocessorObjections } from '@/lib/subprocessors/objections/staff-objections';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'Objections' };

const STATUS: Record<string, string> = { received: 'New', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export default async function ObjectionsPage() {
  const ctx = await requirePermission('content:edit');
  const objections = await listSubprocessorObjections(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Objections</h1>
        <p className="text-fg-muted">
          Customers&apos; objections to sub-processor change notices. The customer was emailed an acknowledgement of
          receipt; mark each one when your team has answered it.
        </p>
      </div>
      {objections.length === 0 ? (
        <p className="text-sm text-fg-muted">No objections so far.</p>
      ) : (
        <DataTable
          caption="Objections to sub-processor changes"
          columns={['Organization', 'Notice', 'Reason', 'Filed', 'Status', { label: 'Actions', srOnly: true }]}
        >
          {objections.map((o) => (
            <tr key={o.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">{o.organizationName}</td>
              <td className="py-2 pr-4">
                <Link prefetch={false} href={`/subprocessors/notices/${o.noticeNumber}`}>
                  #{o.noticeNumber}
                </Link>
                <span className="block text-fg-muted">{o.noticeSummary}</span>
              </td>
              <td className="max-w-md py-2 pr-4 whitespace-pre-wrap">{o.reason}</td>
              <td className="py-2 pr-4 whitespace-nowrap">
                {formatDateTime(o.createdAt)}
                <span className="block break-all text-fg-muted">{o.filedBy}</span>
              </td>
              <td className="py-2 pr-4">{STATUS[o.status] ?? o.status}</td>
              <td className="py-2">
                <ObjectionStatusButtons
                  objectionId={o.id}
                  status={o.status}
                  label={`${o.organizationName} on notice #${o.noticeNumber}`}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
