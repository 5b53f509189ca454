import Link from 'next/link';
import { createCustomerAction } from './actions';
import { CustomerForm } from '@/components/customers/customer-form';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { DataTable } from '@/components/ui/data-table';
import { listCustomers } from '@/lib/customers/list-customers';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.customers', 'list.title');

const SCOPES = ['PANEL', 'API', 'SMTP'];

export default async function CustomersPage() {
  const ctx = await requirePermission('customers:manage');
  const customers = await listCustomers(ctx);
  const t = await getConsoleTranslator('studio.customers');
  return (
    <div className="max-w-5xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('list.title')}</h1>
        <p className="text-fg-muted">{t('list.intro')}</p>
        <p className="text-sm">
          <Link href="/studio/customers/sso-domains">{t('list.ssoDomains')}</Link>
        </p>
      </div>
      {customers.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <DataTable
          caption={t('list.caption')}
          columns={[
            t('list.organization'),
            t('list.status'),
            t('members'),
            t('list.twoFactor'),
            t('list.ipLists'),
            t('lastSignIn'),
          ]}
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
                  <div className="text-xs text-fg-muted">{t('list.invited', { count: c.pendingInvitations })}</div>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                {t('list.twoFactorOf', { count: c.membersWithTwoFactor, total: c.members })}
              </td>
              <td className="py-2 pr-4">
                {c.ipListsOn.length
                  ? t('list.ipOn', {
                      scopes: c.ipListsOn.map((s) => (SCOPES.includes(s) ? t(`list.scope.${s}`) : s)).join(', '),
                    })
                  : t('list.ipOff')}
              </td>
              <td className="py-2">{c.lastSignInAt ? formatDateTime(c.lastSignInAt) : t('never')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <div className="max-w-2xl">
        <CustomerForm
          action={createCustomerAction}
          heading={t('create.heading')}
          description={t('create.description')}
          submitLabel={t('create.submit')}
          pendingLabel={t('create.pending')}
          fields={[
            { name: 'name', label: t('create.name'), required: true },
            { name: 'slug', label: t('create.slug'), required: true, hint: t('create.slugHint') },
            { name: 'emailDomains', label: t('create.domains'), hint: t('create.domainsHint') },
            { name: 'ownerEmail', label: t('create.ownerEmail'), type: 'email', required: true },
          ]}
        />
      </div>
    </div>
  );
}
