import type { CustomerDTO } from '@/lib/customers/list-customers';

const LABELS: Record<CustomerDTO['status'], { text: string; className: string }> = {
  ACTIVE: { text: 'Active', className: 'border-ok text-ok' },
  SUSPENDED: { text: 'Suspended', className: 'border-danger text-danger' },
  PENDING_DELETION: { text: 'Pending deletion', className: 'border-danger text-danger' },
};

export function CustomerStatusBadge({ status }: { status: CustomerDTO['status'] }) {
  const l = LABELS[status];
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${l.className}`}>{l.text}</span>;
}
