import Link from 'next/link';
import { ObjectionStatusButtons } from '@/components/notices/objection-status-buttons';
import { requirePermission } from '@/lib/dal';
import { listSubprocessorObjections } from '@/lib/subprocessors/objections/staff-objections';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.subprocessors', 'objections.title');

const STATUSES = ['received', 'acknowledged', 'resolved'];

export default async function ObjectionsPage() {
  const ctx = await requirePermission('content:edit');
  const objections = await listSubprocessorObjections(ctx);
  const t = await getConsoleTranslator('studio.subprocessors.objections');
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-fg-muted">{t('intro')}</p>
      </div>
      {objections.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('empty')}</p>
      ) : (
        <DataTable
          caption={t('caption')}
          columns={[
            t('organization'),
            t('notice'),
            t('reason'),
            t('filed'),
            t('status'),
            { label: t('actions'), srOnly: true },
          ]}
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
              <td className="py-2 pr-4">{STATUSES.includes(o.status) ? t(`statusLabel.${o.status}`) : o.status}</td>
              <td className="py-2">
                <ObjectionStatusButtons
                  objectionId={o.id}
                  status={o.status}
                  label={t('buttonsLabel', { organization: o.organizationName, number: o.noticeNumber })}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
