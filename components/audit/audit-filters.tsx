import Link from 'next/link';
import { AUDIT_ACTIONS } from '@/lib/audit/catalogue';
import { AUDIT_CATEGORIES, type TAuditFilter } from '@/lib/validation/audit';

const input = 'block w-full rounded-md border border-border bg-bg px-3 py-2 text-sm text-fg';

/** A plain GET form: the URL is the filter, so it can be bookmarked and shared, and works without JS. */
export function AuditFilters({
  values,
  errors,
}: {
  values: Partial<Record<keyof TAuditFilter, string>>;
  errors: Record<string, string[]>;
}) {
  const field = (name: keyof TAuditFilter, label: string, el: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {el}
      {errors[name]?.map((e) => (
        <p key={e} id={`f-${name}-error`} className="text-sm text-danger">
          {e}
        </p>
      ))}
    </div>
  );
  const describedBy = (name: string) => (errors[name] ? `f-${name}-error` : undefined);
  return (
    <form
      method="get"
      action="/account/audit-log"
      role="search"
      aria-label="Filter the audit log"
      className="grid gap-3 rounded-md border border-border p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {field(
        'q',
        'Search',
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={values.q}
          className={input}
          aria-describedby={describedBy('q')}
        />,
      )}
      {field(
        'actor',
        'Actor (email or id)',
        <input id="f-actor" name="actor" defaultValue={values.actor} className={input} />,
      )}
      {field(
        'target',
        'Target (name, id or type)',
        <input id="f-target" name="target" defaultValue={values.target} className={input} />,
      )}
      {field(
        'category',
        'Category',
        <select
          id="f-category"
          name="category"
          defaultValue={values.category ?? ''}
          className={input}
          aria-describedby={describedBy('category')}
        >
          <option value="">All categories</option>
          {AUDIT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>,
      )}
      {field(
        'action',
        'Action',
        <select
          id="f-action"
          name="action"
          defaultValue={values.action ?? ''}
          className={input}
          aria-describedby={describedBy('action')}
        >
          <option value="">All actions</option>
          {Object.keys(AUDIT_ACTIONS)
            .sort()
            .map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
        </select>,
      )}
      {field(
        'outcome',
        'Outcome',
        <select id="f-outcome" name="outcome" defaultValue={values.outcome ?? ''} className={input}>
          <option value="">Any outcome</option>
          <option value="SUCCESS">Success</option>
          <option value="FAILURE">Failure</option>
          <option value="DENIED">Denied</option>
        </select>,
      )}
      {field(
        'from',
        'From (UTC date)',
        <input
          id="f-from"
          name="from"
          type="date"
          defaultValue={values.from}
          className={input}
          aria-describedby={describedBy('from')}
        />,
      )}
      {field(
        'to',
        'To (UTC date)',
        <input
          id="f-to"
          name="to"
          type="date"
          defaultValue={values.to}
          className={input}
          aria-describedby={describedBy('to')}
        />,
      )}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
          Apply filters
        </button>
        <Link href="/account/audit-log" className="text-sm">
          Clear
        </Link>
      </div>
    </form>
  );
}
