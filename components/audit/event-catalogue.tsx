import { getConsoleTranslator } from '@/lib/i18n/console';
import { AUDIT_ACTIONS, type AuditAction } from '@/lib/audit/catalogue';
import { getActionDescriber } from '@/lib/audit/describe';

/** The closed catalogue of events, grouped by category: what each action name in the log means. */
export async function EventCatalogue() {
  const t = await getConsoleTranslator('account.audit.eventCatalogue');
  const describe = await getActionDescriber();
  const audit = await getConsoleTranslator('account.audit');
  const byCategory = new Map<string, AuditAction[]>();
  for (const [action, category] of Object.entries(AUDIT_ACTIONS) as [AuditAction, string][]) {
    byCategory.set(category, [...(byCategory.get(category) ?? []), action]);
  }
  return (
    <details className="rounded-md border border-border p-4">
      <summary className="cursor-pointer font-medium">
        {t('whatEachEventMeans', { itemCount: Object.keys(AUDIT_ACTIONS).length })}
      </summary>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {[...byCategory.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([category, actions]) => (
            <section key={category} aria-label={t('categoryEvents', { category })}>
              <h3 className="font-semibold capitalize">{audit(`categories.${category}`)}</h3>
              <dl className="mt-2 space-y-1 text-sm">
                {actions.sort().map((a) => (
                  <div key={a}>
                    <dt className="inline font-mono">{a}</dt> — <dd className="inline text-fg-muted">{describe(a)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
      </div>
    </details>
  );
}
