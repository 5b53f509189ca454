import type { Metadata } from 'next';
import Link from 'next/link';
import { createCustomerAction } from './actions';
import { CustomerForm } from '@/components/customers/customer-form';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { DataTable } from '@/components/ui/data-table';
import { listCustomers } from '@/lib/customers/list-customers';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';

export const metadata: Metadata = { title: 'Customers' };

const SCOPES: Record<string, string> = { PANEL: 'panel', API: 'API', SMTP: 'SMTP' };

export default async function CustomersPage() {
  const ctx = await requirePermission('customers:manage');
  const customers = await listCustomers(ctx);
  return (
    <div className="max-w-5xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Customers</h1>
        <p className="text-fg-muted">
          The customer organizations using this trust center’s account console, and how well they are protected.
        </p>
        <p className="text-sm">
          <Link href="/studio/customers/sso-domains">SSO domain claims waiting for approval</Link>
        </p>
      </div>
      {customers.length === 0 ? (
        <p>No customer organizations yet. Create the first one below.</p>
      ) : (
        <DataTable
          caption="Customer organizations"
          columns={['Organization', 'Status', 'Members', 'Two-factor', 'IP lists', 'Last sign-in']}
        >
          {customers.map((c) => (
            <tr key={c.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">
                <Link href={`/studio/customers/${c.id}`} className="font-medium underline">
                  {c.name}
                </Link>
                <div className="text-xs text-fg-muted">{c.slug}</div>
              </td>
              <td className="py-2 pr-4">
                <CustomerStatusBadge status={c.status} />
              </td>
              <td className="py-2 pr-4">
                {c.members}
                {c.pendingInvitations ? (
                  <div className="text-xs text-fg-muted">{c.pendingInvitations} invited</div>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                {c.membersWithTwoFactor} of {c.members}
              </td>
              <td className="py-2 pr-4">
                {c.ipListsOn.length ? `On (${c.ipListsOn.map((s) => SCOPES[s] ?? s).join(', ')})` : 'Off'}
              </td>
              <td className="py-2">{c.lastSignInAt ? formatDateTime(c.lastSignInAt) : 'Never'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="max-w-2xl">
        <CustomerForm
          action={createCustomerAction}
          heading="Create a customer organization"
          description="Its first Owner gets an invitation email with a link that works once."
          submitLabel="Create organization"
          pendingLabel="Creating…"
          fields={[
            { name: 'name', label: 'Organization name', required: true },
            {
              name: 'slug',
              label: 'Slug',
              required: true,
              hint: 'Lower-case letters, digits and hyphens, e.g. umbrella-corp. It cannot be changed later.',
            },
            {
              name: 'emailDomains',
              label: 'Email domains (optional)',
              hint: 'Invitations only to these domains, separated by commas, e.g. umbrella.example. Leave empty for any.',
            },
            { name: 'ownerEmail', label: 'First owner’s email', type: 'email', required: true },
          ]}
        />
      </div>
    </div>
  );
}
