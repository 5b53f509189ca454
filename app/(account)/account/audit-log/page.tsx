import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters } from '@/components/audit/audit-filters';
import { ChainHead } from '@/components/audit/chain-head';
import { EventCatalogue } from '@/components/audit/event-catalogue';
import { EventDetails } from '@/components/audit/event-details';
import { VerifyChainButton } from '@/components/audit/verify-chain-button';
import { Alert } from '@/components/ui/alert';
import { getActionDescriber } from '@/lib/audit/describe';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { readAuditHead } from '@/lib/audit/read-audit-head';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { ZAuditFilterSchema } from '@/lib/validation/audit';
import { DataTable } from '@/components/ui/data-table';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { fieldErrorsFrom } from '@/lib/validation/action-input';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.auditLog');
  return { title: t('metaTitle') };
}

const OUTCOME_STYLE: Record<string, string> = { SUCCESS: 'text-ok', FAILURE: 'text-warn', DENIED: 'text-danger' };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getConsoleTranslator('account.page.auditLog');
  const describeAction = await getActionDescriber();
  const ctx = await requirePermission('audit:read');
  const raw = queryInput(await searchParams);
  const parsed = ZAuditFilterSchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const filter = parsed.success ? parsed.data : {};
  const page = parsed.success ? await listAuditEvents(ctx, filter) : { events: [], nextCursor: null };
  const head = await readAuditHead(ctx);
  const query = new URLSearchParams(
    Object.entries(filter).filter(([k, v]) => v && k !== 'cursor') as [string, string][],
  );
  const exportHref = (format: string) =>
    `/account/audit-log/export?${new URLSearchParams([...query, ['format', format]])}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('auditLog')}</h1>
          <p className="mt-1 max-w-2xl text-fg-muted">
            {t('intro', { organization: ctx.session.organization?.name ?? t('yourOrganization') })}
          </p>
        </div>
        <VerifyChainButton />
      </div>
      <AuditFilters values={raw as Record<string, string>} errors={errors} />
      {errors.cursor ? (
        <Alert tone="error">
          {errors.cursor[0]} <Link href="/account/audit-log">{t('showTheNewestEvents')}</Link>.
        </Alert>
      ) : !parsed.success ? (
        <Alert tone="error">{t('someFiltersNeedAttention')}</Alert>
      ) : null}
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={exportHref('csv')}>{t('exportCsv')}</a>
        <a href={exportHref('jsonl')}>{t('exportJsonLinesVerifiable')}</a>
        <span className="text-fg-muted">{t('exportsIncludeEveryEvent')}</span>
      </p>
      {page.events.length === 0 ? (
        <p className="rounded-md border border-border p-6 text-center text-fg-muted">{t('noEventsMatchThese')}</p>
      ) : (
        <DataTable
          caption={t('auditEventsNewestFirst')}
          columns={[
            t('timeUtc'),
            t('event'),
            t('actor'),
            t('target'),
            t('outcome'),
            'IP',
            { label: t('details'), srOnly: true },
          ]}
        >
          {page.events.map((e) => (
            <tr key={e.id} className="border-b border-border align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.occurredAt)}</td>
              <td className="py-2 pr-4">
                {describeAction(e.action)}
                <span className="block font-mono text-xs text-fg-muted">{e.action}</span>
              </td>
              <td className="py-2 pr-4 break-all">{e.actor.label ?? e.actor.type.toLowerCase()}</td>
              <td className="py-2 pr-4 break-all">{e.target.label ?? e.target.id ?? '—'}</td>
              <td className={`py-2 pr-4 font-medium ${OUTCOME_STYLE[e.outcome] ?? ''}`}>{e.outcome.toLowerCase()}</td>
              <td className="py-2 pr-4 font-mono">{e.ip ?? '—'}</td>
              <td className="py-2">
                <EventDetails event={e} summary={describeAction(e.action)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label={t('auditLogPages')} className="flex gap-4 text-sm">
        {filter.cursor ? <Link href={`/account/audit-log?${query}`}>{t('newestEvents')}</Link> : null}
        {page.nextCursor ? (
          <Link href={`/account/audit-log?${new URLSearchParams([...query, ['cursor', page.nextCursor]])}`}>
            {t('olderEvents')}
          </Link>
        ) : null}
      </nav>
      <ChainHead head={head} />
      <EventCatalogue />
    </div>
  );
}
