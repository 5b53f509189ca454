import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ABUSE_CATEGORIES } from '@/lib/abuse/categories';
import { listAbuseReports } from '@/lib/abuse/list-abuse-reports';
import { ABUSE_STATUS_LABELS } from '@/lib/abuse/statuses';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { ABUSE_STATUSES, ZAbuseQueueFilterSchema, type TAbuseQueueFilter } from '@/lib/validation/abuse';
import { loadOrRefuse } from './load';
import { DataTable } from '@/components/ui/data-table';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Abuse reports' };

const STATUS_STYLE = {
  NEW: 'text-warn',
  INVESTIGATING: 'text-fg',
  ACTIONED: 'text-ok',
  REJECTED: 'text-fg-muted',
} as const;

export default async function AbuseQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:publish');
  const raw = queryInput(await searchParams);
  const parsed = ZAbuseQueueFilterSchema.safeParse(raw);
  const filter: TAbuseQueueFilter = parsed.success ? parsed.data : {};
  const queue = await loadOrRefuse(() => listAbuseReports(ctx, filter));
  const href = (over: Partial<TAbuseQueueFilter>) => {
    const params = new URLSearchParams(
      Object.entries({ ...filter, cursor: undefined, ...over }).filter(([, v]) => v) as [string, string][],
    );
    return params.size ? `/studio/abuse?${params}` : '/studio/abuse';
  };
  const total = ABUSE_STATUSES.reduce((n, s) => n + queue.counts[s], 0);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Abuse reports</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          Reports sent through the public form. Take one, investigate, and close it as actioned or rejected; reply to
          the reporter when they left an address. Notes stay internal. Times are UTC.
        </p>
      </div>
      {!parsed.success ? (
        <Alert tone="error">Some filters in the address were not valid and were ignored.</Alert>
      ) : null}

      <nav aria-label="Reports by status">
        <ul className="flex list-none flex-wrap gap-2 p-0 text-sm">
          {[undefined, ...ABUSE_STATUSES].map((s) => {
            const current = filter.status === s;
            return (
              <li key={s ?? 'all'}>
                <Link
                  href={href({ status: s })}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-block rounded-full border px-3 py-1 no-underline ${current ? 'border-brand bg-brand text-white' : 'border-border text-fg hover:bg-bg-subtle'}`}
                >
                  {s ? ABUSE_STATUS_LABELS[s] : 'All'} ({s ? queue.counts[s] : total})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form
        method="get"
        action="/studio/abuse"
        role="search"
        aria-label="Filter abuse reports"
        className="grid gap-3 rounded-md border border-border p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
        <SelectField id="f-category" label="Category" name="category" defaultValue={filter.category ?? ''}>
          <option value="">All categories</option>
          {Object.entries(ABUSE_CATEGORIES).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField id="f-assignee" label="Assigned to" name="assignee" defaultValue={filter.assignee ?? ''}>
          <option value="">Anyone or nobody</option>
          <option value="me">Me</option>
          <option value="unassigned">Nobody yet</option>
          {queue.assignees
            .filter((a) => a.id !== queue.me)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
        </SelectField>
        <div className="flex items-center gap-3">
          <Button type="submit">Apply filters</Button>
          <Link href="/studio/abuse" className="text-sm">
            Clear
          </Link>
        </div>
      </form>

      {queue.reports.length === 0 ? (
        <p className="rounded-md border border-border p-6 text-center text-fg-muted">
          {total === 0
            ? 'No abuse reports yet. Reports sent through the public form at /report-abuse appear here.'
            : 'No reports match these filters.'}
        </p>
      ) : (
        <DataTable
          caption="Abuse reports, newest first"
          columns={['Reference', 'Category', 'Received', 'Status', 'Assignee']}
        >
          {queue.reports.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4 font-mono whitespace-nowrap">
                <Link href={`/studio/abuse/${r.id}`}>{r.reference}</Link>
              </td>
              <td className="py-2 pr-4">{ABUSE_CATEGORIES[r.category]}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(r.receivedAt)}</td>
              <td className={`py-2 pr-4 font-medium ${STATUS_STYLE[r.status]}`}>{ABUSE_STATUS_LABELS[r.status]}</td>
              <td className="py-2 break-all">
                {r.assignee ? (
                  r.assignee.id === queue.me ? (
                    `${r.assignee.label} (me)`
                  ) : (
                    r.assignee.label
                  )
                ) : (
                  <span className="text-fg-muted">Nobody yet</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {queue.nextCursor ? (
        <p>
          <Link href={href({ cursor: queue.nextCursor })}>Older reports</Link>
        </p>
      ) : null}
    </div>
  );
}
