import Link from 'next/link';
import { COUNTRIES } from '@/lib/subprocessors/countries';
import type { SubprocessorSnapshot } from '@/lib/subprocessors/types';
import { countryName, formatDate } from '@/lib/ui/format';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hrefWith, type RegisterQuery, type SortKey } from './register-query';

const th = 'py-2 pr-4 text-left font-medium align-bottom';
const td = 'py-3 pr-4 align-top';

/**
 * The public register table in the page's language (labels, dates, country names by Intl); column headers
 * are links that sort (and reverse on a second click).
 */
export async function RegisterTable({
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
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors');
  const countries = (codes: readonly string[]) => codes.map((c) => countryName(c, locale)).join(', ');
  const mechanism = (m: string, module: number | null) => {
    const label = t.has(`mechanism.${m}`) ? t(`mechanism.${m}`) : m;
    return m === 'SCC_2021' && module ? t('mechanism.module', { label, module }) : label;
  };
  const header = (key: SortKey) => {
    const active = q.sort === key;
    const next = active && q.dir === 'asc' ? 'desc' : 'asc';
    return (
      <th scope="col" className={th} aria-sort={active ? (q.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <Link href={hrefIn(locale, hrefWith(q, today, { sort: key, dir: next }))} className="text-fg" prefetch={false}>
          {t(`sorts.${key}`)}
          <span className="sr-only">
            {active ? t(q.dir === 'asc' ? 'table.sortedAscending' : 'table.sortedDescending') : t('table.sort')}
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
              {t('table.personalData')}
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
                    {t('table.privacyNotice')}
                    <span className="sr-only">{t('table.privacyNoticeOf', { name: s.legalName })}</span>
                  </a>
                </span>
              </th>
              <td className={td}>{s.purpose}</td>
              <td className={td}>
                {s.dataCategories.join(', ')}
                <span className="mt-1 block text-fg-muted">
                  {t('table.subjects', { list: s.dataSubjects.join(', ') })}
                </span>
              </td>
              <td className={td}>
                {countries(s.locations)}
                {s.locations.some((c) => !COUNTRIES[c]?.eea) ? (
                  <span className="mt-1 block text-fg-muted">{t('table.outsideEea')}</span>
                ) : null}
              </td>
              <td className={td}>{mechanism(s.transferMechanism, s.sccModule)}</td>
              <td className={`${td} whitespace-nowrap`}>
                <time dateTime={s.effectiveFrom}>{formatDate(s.effectiveFrom, locale)}</time>
                {s.effectiveUntil ? (
                  <span className="block text-fg-muted">
                    <time dateTime={s.effectiveUntil}>
                      {t('table.until', { date: formatDate(s.effectiveUntil, locale) })}
                    </time>
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
