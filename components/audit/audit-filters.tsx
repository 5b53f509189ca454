import { getConsoleTranslator } from '@/lib/i18n/console';
import Link from 'next/link';
import { AUDIT_ACTIONS } from '@/lib/audit/catalogue';
import { AUDIT_CATEGORIES, type TAuditFilter } from '@/lib/validation/audit';

const input = 'block w-full rounded-md border border-border bg-bg px-3 py-2 text-sm text-fg';

/** A plain GET form: the URL is the filter, so it can be bookmarked and shared, and works without JS. */
export async function AuditFilters({
  values,
  errors,
}: {
  values: Partial<Record<keyof TAuditFilter, string>>;
  errors: Record<string, string[]>;
}) {
  const t = await getConsoleTranslator('account.audit.auditFilters');
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
      aria-label={t('filterTheAuditLog')}
      className="grid gap-3 rounded-md border border-border p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {field(
        'q',
        t('search'),
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
        t('actorEmailOrId'),
        <input id="f-actor" name="actor" defaultValue={values.actor} className={input} />,
      )}
      {field(
        'target',
        t('targetNameIdOr'),
        <input id="f-target" name="target" defaultValue={values.target} className={input} />,
      )}
      {field(
        'category',
        t('category'),
        <select
          id="f-category"
          name="category"
          defaultValue={values.category ?? ''}
          className={input}
          aria-describedby={describedBy('category')}
        >
          <option value="">{t('allCategories')}</option>
          {AUDIT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>,
      )}
      {field(
        'action',
        t('action'),
        <select
          id="f-action"
          name="action"
          defaultValue={values.action ?? ''}
          className={input}
          aria-describedby={describedBy('action')}
        >
          <option value="">{t('allActions')}</option>
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
        t('outcome'),
        <select id="f-outcome" name="outcome" defaultValue={values.outcome ?? ''} className={input}>
          <option value="">{t('anyOutcome')}</option>
          <option value="SUCCESS">{t('success')}</option>
          <option value="FAILURE">{t('failure')}</option>
          <option value="DENIED">{t('denied')}</option>
        </select>,
      )}
      {field(
        'from',
        t('fromUtcDate'),
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
        t('toUtcDate'),
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
          {t('applyFilters')}
        </button>
        <Link href="/account/audit-log" className="text-sm">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
