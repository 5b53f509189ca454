import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { namesSentence as names } from '@/components/subprocessors/format';
import { RegisterTable } from '@/components/subprocessors/register-table';
import { filterAndSort, hrefWith, parseRegisterQuery } from '@/components/subprocessors/register-query';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { contentId, StaticHtml } from '@/components/trust/static-html';
import { TrustShell } from '@/components/trust/trust-shell';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { COUNTRIES } from '@/lib/subprocessors/countries';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listUpcomingChanges, registerAsOf } from '@/lib/subprocessors/register';
import { countryName, formatDate } from '@/lib/ui/format';
import { TRANSFER_MECHANISM_LABELS } from '@/lib/validation/subprocessors';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors');
  return {
    title: t('title'),
    description: t('description'),
    alternates: {
      ...alternatesFor('/subprocessors', locale),
      types: {
        'application/atom+xml': '/subprocessors/notices.atom',
        'application/feed+json': '/subprocessors/notices.json',
        'application/json': '/subprocessors.json',
        'text/csv': '/subprocessors.csv',
      },
    },
  };
}

/** "EEA", "Adequacy decision (…)", "Third country" in the page's language. */
function transferStatus(t: Translator, code: string): string {
  const c = COUNTRIES[code];
  if (!c) return t('status.unknown');
  if (c.eea) return t('status.eea');
  if (c.adequacy) return c.adequacyNote ? t('status.adequacyNote', { note: c.adequacyNote }) : t('status.adequacy');
  return t('status.thirdCountry');
}

const linkClass = 'rounded-md border border-border px-3 py-1.5 text-sm no-underline hover:bg-bg-subtle';

// Served from the in-memory register (lib/subprocessors/register.ts): no database round trip per request.
export default async function SubprocessorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const today = todayUtc();
  const q = parseRegisterQuery(queryInput(await searchParams), today);
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors');
  const href = (path: string) => hrefIn(locale, path);
  const [site, all, upcoming] = await Promise.all([getSite(locale), registerAsOf(q.asOf), listUpcomingChanges(today)]);
  const rows = filterAndSort(all, q);
  const nameOf = (c: string) => countryName(c, locale);
  const countries = [...new Set(all.flatMap((s) => s.locations))].sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b), locale),
  );
  const filtered = Boolean(q.purpose || q.country || q.mechanism);
  const when =
    q.asOf === today
      ? t('whenToday')
      : q.asOf < today
        ? t('whenPast', { date: formatDate(q.asOf, locale) })
        : t('whenFuture', { date: formatDate(q.asOf, locale) });
  const asOfParam = q.asOf === today ? '' : `?as_of=${q.asOf}`;

  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-6xl space-y-10">
        <div>
          <Breadcrumbs items={[HOME_CRUMB, { href: '/subprocessors', label: t('title') }]} />
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('title')}</h1>
          <p className="mt-3 text-lg text-fg-muted">
            {
              t.rich('intro', {
                days: getConfig().subprocessorNoticeDays,
                link: (chunks: unknown) => (
                  <Link prefetch={false} href={href('/data-protection/subprocessors')}>
                    {chunks as React.ReactNode}
                  </Link>
                ),
              }) as React.ReactNode
            }
          </p>
          <nav aria-label={t('links')} className="mt-4 flex flex-wrap gap-2">
            <Link prefetch={false} href={href('/subprocessors/history')} className={linkClass}>
              {t('historyLink')}
            </Link>
            <a href={`/subprocessors.csv${asOfParam}`} className={linkClass}>
              {t('csv')}
            </a>
            <a href={`/subprocessors.json${asOfParam}`} className={linkClass}>
              {t('json')}
            </a>
            <Link prefetch={false} href={href('/subprocessors/subscribe')} className={linkClass}>
              {t('subscribe')}
            </Link>
          </nav>
        </div>

        {upcoming.length ? (
          <section aria-labelledby="upcoming" className="rounded-md border border-border bg-bg-subtle p-4">
            <h2 id="upcoming" className="text-xl font-semibold">
              {t('upcoming')}
            </h2>
            <ul className="mt-2 space-y-2">
              {upcoming.map((c) => (
                <li key={c.id}>
                  <Link prefetch={false} href={href(`/subprocessors/notices/${c.number}`)} className="font-semibold">
                    {t('notice', { number: c.number, summary: c.summary })}
                  </Link>
                  <span className="block text-sm">
                    {t('takesEffect', {
                      effective: formatDate(c.effectiveDate, locale),
                      deadline: formatDate(c.objectionDeadline, locale),
                    })}
                    {c.diff.added.length ? t('adds', { names: names(c.diff.added) }) : ''}
                    {c.diff.removed.length ? t('removes', { names: names(c.diff.removed) }) : ''}
                    {c.diff.changed.length ? t('changes', { names: names(c.diff.changed) }) : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="list" className="space-y-4">
          <h2 id="list" className="text-xl font-semibold">
            {t('listWhen', { when })}
          </h2>
          {q.asOfInvalid !== null ? <Alert tone="error">{t('notADate', { value: q.asOfInvalid, today })}</Alert> : null}
          <form
            method="get"
            action={href('/subprocessors')}
            role="search"
            aria-label={t('filter')}
            className="grid gap-4 rounded-md border border-border p-4 sm:grid-cols-2 lg:grid-cols-[10rem_1fr_12rem_14rem_auto] lg:items-end"
          >
            <Field id="filter-as-of" label={t('asOf')} name="as_of" type="date" defaultValue={q.asOf} />
            <Field id="filter-purpose" label={t('purpose')} name="purpose" type="search" defaultValue={q.purpose} />
            <SelectField id="filter-country" label={t('country')} name="country" defaultValue={q.country}>
              <option value="">{t('allCountries')}</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {nameOf(c)}
                </option>
              ))}
            </SelectField>
            <SelectField id="filter-mechanism" label={t('mechanismFilter')} name="mechanism" defaultValue={q.mechanism}>
              <option value="">{t('allMechanisms')}</option>
              {Object.keys(TRANSFER_MECHANISM_LABELS).map((k) => (
                <option key={k} value={k}>
                  {t(`mechanism.${k}`)}
                </option>
              ))}
            </SelectField>
            {q.sort !== 'name' ? <input type="hidden" name="sort" value={q.sort} /> : null}
            {q.dir !== 'asc' ? <input type="hidden" name="dir" value={q.dir} /> : null}
            <div className="flex gap-3">
              <button
                type="submit"
                className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90"
              >
                {t('apply')}
              </button>
              {filtered || q.asOf !== today ? (
                <Link prefetch={false} href={href('/subprocessors')} className="self-center text-sm">
                  {t('reset')}
                </Link>
              ) : null}
            </div>
          </form>
          {/* The tables are sent once, as HTML, in a cached page (static-html.tsx): they were most of its payload. */}
          <StaticHtml id={contentId('register', locale, rows, q, today, all.length, when)}>
            <RegisterTable
              rows={rows}
              q={q}
              today={today}
              caption={
                filtered
                  ? t('captionFiltered', { when, count: rows.length, total: all.length })
                  : t('caption', { when, count: rows.length })
              }
              empty={all.length ? t('noMatch') : t('noneWhen', { when })}
            />
          </StaticHtml>
        </section>

        <section aria-labelledby="locations" className="space-y-3">
          <h2 id="locations" className="text-xl font-semibold">
            {t('locations')}
          </h2>
          {countries.length === 0 ? (
            <p className="text-fg-muted">{t('noLocations', { when })}</p>
          ) : (
            <>
              <p className="text-fg-muted">{t('locationsIntro', { when })}</p>
              <StaticHtml id={contentId('locations', locale, all, q, today, when)} className="overflow-x-auto">
                <table className="w-full max-w-3xl text-sm">
                  <caption className="sr-only">{t('locationsCaption', { when })}</caption>
                  <thead className="border-b border-border">
                    <tr>
                      <th scope="col" className="py-2 pr-4 text-left font-medium">
                        {t('country')}
                      </th>
                      <th scope="col" className="py-2 pr-4 text-left font-medium">
                        {t('eeaOrAdequacy')}
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">
                        {t('title')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {countries.map((c) => {
                      const users = all.filter((s) => s.locations.includes(c));
                      return (
                        <tr key={c} className="border-b border-border">
                          <th scope="row" className="py-2 pr-4 text-left font-normal">
                            <Link href={href(hrefWith(q, today, { country: c }))} prefetch={false}>
                              {nameOf(c)}
                            </Link>
                          </th>
                          <td className="py-2 pr-4">{transferStatus(t, c)}</td>
                          <td
                            className="py-2 pr-4 text-right tabular-nums"
                            title={users.map((s) => s.legalName).join(', ')}
                          >
                            {users.length}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </StaticHtml>
              <p className="text-sm text-fg-muted">
                {t('inEea', {
                  inside: countries.filter((c) => COUNTRIES[c]?.eea).length,
                  total: countries.length,
                  outside:
                    countries
                      .filter((c) => !COUNTRIES[c]?.eea)
                      .map(nameOf)
                      .join(', ') || t('none'),
                })}
              </p>
            </>
          )}
        </section>
      </div>
    </TrustShell>
  );
}
