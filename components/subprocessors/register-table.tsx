import Link from 'next/link';
import { COUNTRIES } from '@/lib/subprocessors/countries';
import type { SubprocessorSnapshot } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { countryList, mechanismLabel } from './format';
import { hrefWith, SORTS, type RegisterQuery, type SortKey } from './register-query';

const th = 'py-2 pr-4 text-left font-medium align-bottom';
const td = 'py-3 pr-4 align-top';

/** The public register table; column headers are links that sort (and reverse on a second click). */
export function RegisterTable({
  rows,
  q,
  today,
  caption,
  empty,
}: {
  rows: SubprocessorSnapshot[];
  q: RegisterQuery;
  today: string;
  caption: string;
  empty: string;
}) {
  const header = (key: SortKey) => {
    const active = q.sort === key;
    const next = active && q.dir === 'asc' ? 'desc' : 'asc';
    return (
      <th scope="col" className={th} aria-sort={active ? (q.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <Link href={hrefWith(q, today, { sort: key, dir: next })} className="text-fg" prefetch={false}>
          {SORTS[key]}
          <span className="sr-only">
            {active ? `, sorted ${q.dir === 'asc' ? 'ascending' : 'descending'}` : ', sort'}
          </span>
          <span aria-hidden="true" className="ml-1 text-fg-muted">
            {active ? (q.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead className="border-b border-border">
          <tr>
            {header('name')}
            {header('purpose')}
            <th scope="col" className={th}>
              Personal data
            </th>
            {header('country')}
            {header('mechanism')}
            {header('since')}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.slug} className="border-b border-border">
              <th scope="row" className={`${td} text-left font-semibold`}>
                {/* Both links at least 24px tall (WCAG 2.5.8 target size): they sit one above the other. */}
                <a href={s.website} rel="noopener noreferrer" className="inline-block py-0.5">
                  {s.legalName}
                </a>
                <span className="block">
                  <a href={s.privacyUrl} rel="noopener noreferrer" className="inline-block py-1 text-xs font-normal">
                    DPA or privacy notice<span className="sr-only"> of {s.legalName}</span>
                  </a>
                </span>
              </th>
              <td className={td}>{s.purpose}</td>
              <td className={td}>
                {s.dataCategories.join(', ')}
                <span className="mt-1 block text-fg-muted">Subjects: {s.dataSubjects.join(', ')}</span>
              </td>
              <td className={td}>
                {countryList(s.locations)}
                {s.locations.some((c) => !COUNTRIES[c]?.eea) ? (
                  <span className="mt-1 block text-fg-muted">Outside the EEA</span>
                ) : null}
              </td>
              <td className={td}>{mechanismLabel(s.transferMechanism, s.sccModule)}</td>
              <td className={`${td} whitespace-nowrap`}>
                <time dateTime={s.effectiveFrom}>{formatDate(s.effectiveFrom)}</time>
                {s.effectiveUntil ? (
                  <span className="block text-fg-muted">
                    until <time dateTime={s.effectiveUntil}>{formatDate(s.effectiveUntil)}</time>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="mt-3 text-fg-muted">{empty}</p> : null}
    </div>
  );
}
