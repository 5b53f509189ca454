import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/dal';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listNoticesForCustomer } from '@/lib/subprocessors/objections/customer-notices';
import { formatDate } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.subprocessorNotices');
  return { title: t('metaTitle') };
}

export default async function SubprocessorNoticesPage() {
  const t = await getConsoleTranslator('account.page.subprocessorNotices');
  const ctx = await requirePermission('account:read');
  const notices = await listNoticesForCustomer(ctx);
  const today = todayUtc();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('subProcessorNotices')}</h1>
        <p className="text-fg-muted">
          {t.rich('everyChangeToThe', {
            link: (chunks) => (
              <Link prefetch={false} href="/subprocessors/subscribe">
                {chunks}
              </Link>
            ),
            link2: (chunks) => (
              <Link prefetch={false} href="/account/webhooks">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
      {notices.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('noNoticesHaveBeen')}</p>
      ) : (
        <DataTable
          caption={t('publishedSubProcessorChange')}
          columns={[t('notice'), t('effective'), t('objectionsUntil'), t('yourObjection')]}
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
                {n.objectionDeadline < today ? <span className="block text-fg-muted">{t('closed')}</span> : null}
              </td>
              <td className="py-2">
                {n.objectionStatus
                  ? t.has(`objection.${n.objectionStatus}`)
                    ? t(`objection.${n.objectionStatus}`)
                    : n.objectionStatus
                  : '—'}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
