import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { ScopeSection } from '@/components/ip-access/scope-section';
import { TestAddressForm } from '@/components/ip-access/test-address-form';
import { requirePermission } from '@/lib/dal';
import { getIpAccessSettings } from '@/lib/ip-access/get-ip-access-settings';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.ipAccess');
  return { title: t('metaTitle') };
}

export default async function IpAccessPage() {
  const t = await getConsoleTranslator('account.page.ipAccess');
  const ctx = await requirePermission('ip-access:manage');
  const settings = await getIpAccessSettings(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('ipAccess')}</h1>
        <p className="text-fg-muted">{t('limitWhereSAccount', { organizationName: settings.organizationName })}</p>
        <p>
          {t('yourCurrentAddress')} <strong className="font-mono">{settings.currentIp ?? 'unknown'}</strong>
        </p>
      </div>

      <section aria-labelledby="test-heading" className="space-y-3">
        <h2 id="test-heading" className="text-xl font-semibold">
          {t('testAnAddress')}
        </h2>
        <p className="text-sm text-fg-muted">{t('seeWhetherAnAddress')}</p>
        <TestAddressForm currentIp={settings.currentIp} />
      </section>

      {settings.scopes.map((scope) => (
        <ScopeSection key={scope.scope} data={scope} currentIp={settings.currentIp} />
      ))}

      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-xl font-semibold">
          {t('recentChangesAndRefusals')}
        </h2>
        {settings.recent.length === 0 ? (
          <p className="text-sm text-fg-muted">{t('nothingYet')}</p>
        ) : (
          <DataTable
            caption={t('recentIpAccessChanges')}
            columns={[
              t('when'),
              t('what'),
              t('details'),
              { label: t('who'), className: 'hidden sm:table-cell' },
              { label: t('from'), className: 'hidden sm:table-cell' },
            ]}
          >
            {settings.recent.map((e) => (
              <tr key={e.id} className="border-b border-border align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.at)}</td>
                <td className="py-2 pr-4">{e.action}</td>
                <td className="py-2 pr-4">
                  <span className="font-mono break-all">{e.detail}</span>
                  <span className="block text-xs break-all text-fg-muted sm:hidden">
                    {t('actorFrom', { actor: e.actor ?? '—', ip: e.ip ?? t('unknownAddress') })}
                  </span>
                </td>
                <td className="hidden py-2 pr-4 break-all sm:table-cell">{e.actor ?? '—'}</td>
                <td className="hidden py-2 font-mono sm:table-cell">{e.ip ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="text-sm text-fg-muted">{t('theFullRecordIs')}</p>
      </section>
    </div>
  );
}
