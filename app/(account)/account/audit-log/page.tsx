import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters } from '@/components/audit/audit-filters';
import { ChainHead } from '@/components/audit/chain-head';
import { EventCatalogue } from '@/components/audit/event-catalogue';
import { EventDetails } from '@/components/audit/event-details';
import { VerifyChainButton } from '@/components/audit/verify-chain-button';
import { Alert } from '@/components/ui/alert';
import { describeAction } from '@/lib/audit/describe';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { readAuditHead } from '@/lib/audit/read-audit-head';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { ZAuditFilterSchema } from '@/lib/validation/audit';
import { DataTable } from '@/components/ui/data-table';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { fieldErrorsFrom } from '@/lib/validation/action-input';

export const metadata: Metadata = { title: 'Audit log' };

const OUTCOME_STYLE: Record<string, string> = { SUCCESS: 'text-ok', FAILURE: 'text-warn', DENIED: 'text-danger' };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
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
          <h1 className="text-3xl font-bold">Audit log</h1>
          <p className="mt-1 max-w-2xl text-fg-muted">
            Every change to {ctx.session.organization?.name ?? 'your organization'} and every sign-in, by your users and
            by our staff. Events are chained by hash, so any alteration is detectable. Times are UTC.
          </p>
        </div>
        <VerifyChainButton />
      </div>
      <AuditFilters values={raw as Record<string, string>} errors={errors} />
      {errors.cursor ? (
        <Alert tone="error">
          {errors.cursor[0]} <Link href="/account/audit-log">Show the newest events</Link>.
        </Alert>
      ) : !parsed.success ? (
        <Alert tone="error">Some filters need attention; they are marked above.</Alert>
      ) : null}
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={exportHref('csv')}>Export CSV</a>
        <a href={exportHref('jsonl')}>Export JSON Lines (verifiable)</a>
        <span className="text-fg-muted">Exports include every event matching the filters, oldest first.</span>
      </p>
      {page.events.length === 0 ? (
        <p className="rounded-md border border-border p-6 text-center text-fg-muted">No events match these filters.</p>
      ) : (
        <DataTable
          caption="Audit events, newest first"
          columns={['Time (UTC)', 'Event', 'Actor', 'Target', 'Outcome', 'IP', { label: 'Details', srOnly: true }]}
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
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {filter.cursor ? <Link href={`/account/audit-log?${query}`}>Newest events</Link> : null}
        {page.nextCursor ? (
          <Link href={`/account/audit-log?${new URLSearchParams([...query, ['cursor', page.nextCursor]])}`}>
            Older events
          </Link>
        ) : null}
      </nav>
      <ChainHead head={head} />
      <EventCatalogue />
    </div>
  );
}
