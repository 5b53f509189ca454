import type { Metadata } from 'next';
import { ScopeSection } from '@/components/ip-access/scope-section';
import { TestAddressForm } from '@/components/ip-access/test-address-form';
import { requirePermission } from '@/lib/dal';
import { getIpAccessSettings } from '@/lib/ip-access/get-ip-access-settings';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'IP access' };

export default async function IpAccessPage() {
  const ctx = await requirePermission('ip-access:manage');
  const settings = await getIpAccessSettings(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">IP access</h1>
        <p className="text-fg-muted">
          Limit where {settings.organizationName}&rsquo;s account can be used from: the web panel, the API and SMTP
          sending each have their own allowlist. A list that is off allows every address. Changes take effect at once,
          on every request, and every administrator is emailed.
        </p>
        <p>
          Your current address: <strong className="font-mono">{settings.currentIp ?? 'unknown'}</strong>
        </p>
      </div>

      <section aria-labelledby="test-heading" className="space-y-3">
        <h2 id="test-heading" className="text-xl font-semibold">
          Test an address
        </h2>
        <p className="text-sm text-fg-muted">
          See whether an address is allowed in each list, which entry matches it, and why.
        </p>
        <TestAddressForm currentIp={settings.currentIp} />
      </section>

      {settings.scopes.map((scope) => (
        <ScopeSection key={scope.scope} data={scope} currentIp={settings.currentIp} />
      ))}

      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-xl font-semibold">
          Recent changes and refusals
        </h2>
        {settings.recent.length === 0 ? (
          <p className="text-sm text-fg-muted">Nothing yet.</p>
        ) : (
          <DataTable
            caption="Recent IP access changes and refused requests"
            columns={[
              'When',
              'What',
              'Details',
              { label: 'Who', className: 'hidden sm:table-cell' },
              { label: 'From', className: 'hidden sm:table-cell' },
            ]}
          >
            {settings.recent.map((e) => (
              <tr key={e.id} className="border-b border-border align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.at)}</td>
                <td className="py-2 pr-4">{e.action}</td>
                <td className="py-2 pr-4">
                  <span className="font-mono break-all">{e.detail}</span>
                  <span className="block text-xs break-all text-fg-muted sm:hidden">
                    {e.actor ?? '—'} from {e.ip ?? 'unknown address'}
                  </span>
                </td>
                <td className="hidden py-2 pr-4 break-all sm:table-cell">{e.actor ?? '—'}</td>
                <td className="hidden py-2 font-mono sm:table-cell">{e.ip ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="text-sm text-fg-muted">
          The full record is in the audit log. If every administrator is shut out, whoever runs this server can turn a
          list off with the break-glass command described in the server&rsquo;s README.
        </p>
      </section>
    </div>
  );
}
