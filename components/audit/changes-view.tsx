import { useTranslations } from 'use-intl';
// Before/after of an audited change as a table; any other recorded facts as a list.

function show(v: unknown): string {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function ChangesView({ changes }: { changes: unknown }) {
  const t = useTranslations('account.audit.changesView');
  if (!changes || typeof changes !== 'object')
    return <p className="text-sm text-fg-muted">{t('noFieldChangesRecorded')}</p>;
  const c = changes as Record<string, unknown>;
  if ('before' in c || 'after' in c) {
    const before = (c.before ?? {}) as Record<string, unknown>;
    const after = (c.after ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return (
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('changedFields')}</caption>
        <thead className="text-fg-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t('field')}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t('before')}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t('after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => {
            const changed = show(before[k]) !== show(after[k]);
            return (
              <tr key={k} className="border-t border-border align-top">
                <th scope="row" className="py-1 pr-3 font-mono font-normal">
                  {k}
                </th>
                <td
                  className={`py-1 pr-3 font-mono break-all ${changed ? 'text-danger line-through decoration-1' : ''}`}
                >
                  {show(before[k])}
                </td>
                <td className={`py-1 font-mono break-all ${changed ? 'font-semibold text-ok' : ''}`}>
                  {show(after[k])}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {Object.entries(c).map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-mono text-fg-muted">{k}</dt>
          <dd className="font-mono break-all">{show(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
