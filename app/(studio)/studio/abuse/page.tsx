import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { ABUSE_CATEGORIES } from '@/lib/abuse/categories';
import { listAbuseReports } from '@/lib/abuse/list-abuse-reports';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { ABUSE_STATUSES, ZAbuseQueueFilterSchema, type TAbuseQueueFilter } from '@/lib/validation/abuse';
import { loadOrRefuse } from './load';
import { DataTable } from '@/components/ui/data-table';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.abuse', 'queue.title');

const STATUS_STYLE = {
  NEW: 'text-warn',
  INVESTIGATING: 'text-fg',
  ACTIONED: 'text-ok',
  REJECTED: 'text-fg-muted',
} as const;

export default async function AbuseQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:publish');
  const t = await getConsoleTranslator('studio.abuse');
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
        <h1 className="text-3xl font-bold">{t('queue.title')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">{t('queue.intro')}</p>
      </div>
      {!parsed.success ? <Alert tone="error">{t('queue.badFilters')}</Alert> : null}

      <nav aria-label={t('queue.byStatus')}>
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
                  {t('queue.statusLink', {
                    label: s ? t(`status.${s}`) : t('queue.all'),
                    count: s ? queue.counts[s] : total,
                  })}
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
        aria-label={t('queue.filterLabel')}
        className="grid gap-3 rounded-md border border-border p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
        <SelectField id="f-category" label={t('category')} name="category" defaultValue={filter.category ?? ''}>
          <option value="">{t('queue.allCategories')}</option>
          {Object.entries(ABUSE_CATEGORIES).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField id="f-assignee" label={t('assignedTo')} name="assignee" defaultValue={filter.assignee ?? ''}>
          <option value="">{t('queue.anyone')}</option>
          <option value="me">{t('queue.me')}</option>
          <option value="unassigned">{t('nobodyYet')}</option>
          {queue.assignees
            .filter((a) => a.id !== queue.me)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
        </SelectField>
        <div className="flex items-center gap-3">
          <Button type="submit">{t('queue.apply')}</Button>
          <Link href="/studio/abuse" className="text-sm">
            {t('queue.clear')}
          </Link>
        </div>
      </form>

      {queue.reports.length === 0 ? (
        <p className="rounded-md border border-border p-6 text-center text-fg-muted">
          {total === 0 ? t('queue.emptyAll') : t('queue.emptyFiltered')}
        </p>
      ) : (
        <DataTable
          caption={t('queue.caption')}
          columns={[t('queue.reference'), t('category'), t('received'), t('statusLabel'), t('queue.assignee')]}
        >
          {queue.reports.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4 font-mono whitespace-nowrap">
                <Link href={`/studio/abuse/${r.id}`}>{r.reference}</Link>
              </td>
              <td className="py-2 pr-4">{ABUSE_CATEGORIES[r.category]}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(r.receivedAt)}</td>
              <td className={`py-2 pr-4 font-medium ${STATUS_STYLE[r.status]}`}>{t(`status.${r.status}`)}</td>
              <td className="py-2 break-all">
                {r.assignee ? (
                  r.assignee.id === queue.me ? (
                    t('queue.assigneeMe', { label: r.assignee.label })
                  ) : (
                    r.assignee.label
                  )
                ) : (
                  <span className="text-fg-muted">{t('nobodyYet')}</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {queue.nextCursor ? (
        <p>
          <Link href={href({ cursor: queue.nextCursor })}>{t('queue.older')}</Link>
        </p>
      ) : null}
    </div>
  );
}
