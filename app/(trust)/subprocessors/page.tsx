import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { countryList, namesSentence as names } from '@/components/subprocessors/format';
import { RegisterTable } from '@/components/subprocessors/register-table';
import { filterAndSort, hrefWith, parseRegisterQuery } from '@/components/subprocessors/register-query';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { COUNTRIES, countryName, transferStatusOf } from '@/lib/subprocessors/countries';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listUpcomingChanges, registerAsOf } from '@/lib/subprocessors/register';
import { formatDate } from '@/lib/ui/format';
import { TRANSFER_MECHANISM_LABELS } from '@/lib/validation/subprocessors';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = {
  title: 'Sub-processors',
  description:
    'Every company that processes customer data for us: purpose, data, locations and transfer safeguards, on any date, with announced changes.',
  alternates: {
    canonical: '/subprocessors',
    types: {
      'application/atom+xml': '/subprocessors/notices.atom',
      'application/feed+json': '/subprocessors/notices.json',
      'application/json': '/subprocessors.json',
      'text/csv': '/subprocessors.csv',
    },
  },
};

const linkClass = 'rounded-md border border-border px-3 py-1.5 text-sm no-underline hover:bg-bg-subtle';

// Served from the in-memory register (lib/subprocessors/register.ts): no database round trip per request.
export default async function SubprocessorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const today = todayUtc();
  const q = parseRegisterQuery(queryInput(await searchParams), today);
  const [site, all, upcoming] = await Promise.all([getSite(), registerAsOf(q.asOf), listUpcomingChanges(today)]);
  const rows = filterAndSort(all, q);
  const countries = [...new Set(all.flatMap((s) => s.locations))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b)),
  );
  const filtered = Boolean(q.purpose || q.country || q.mechanism);
  const when =
    q.asOf === today
      ? 'today'
      : q.asOf < today
        ? `on ${formatDate(q.asOf)}`
        : `on ${formatDate(q.asOf)} (announced changes included)`;
  const asOfParam = q.asOf === today ? '' : `?as_of=${q.asOf}`;

  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-6xl space-y-10">
        <div>
          <Breadcrumbs items={[HOME_CRUMB, { href: '/subprocessors', label: 'Sub-processors' }]} />
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sub-processors</h1>
          <p className="mt-3 text-lg text-fg-muted">
            The companies that process customer personal data on our behalf. We announce every change at least{' '}
            {getConfig().subprocessorNoticeDays} days before it takes effect, and customers may object until the day
            before. How we choose them is explained on the{' '}
            <Link href="/data-protection/subprocessors">sub-processors policy page</Link>.
          </p>
          <nav aria-label="Register links" className="mt-4 flex flex-wrap gap-2">
            <Link href="/subprocessors/history" className={linkClass}>
              History
            </Link>
            <a href={`/subprocessors.csv${asOfParam}`} className={linkClass}>
              Download CSV
            </a>
            <a href={`/subprocessors.json${asOfParam}`} className={linkClass}>
              JSON
            </a>
            <Link href="/subprocessors/subscribe" className={linkClass}>
              Subscribe to changes
            </Link>
          </nav>
        </div>

        {upcoming.length ? (
          <section aria-labelledby="upcoming" className="rounded-md border border-border bg-bg-subtle p-4">
            <h2 id="upcoming" className="text-xl font-semibold">
              Upcoming changes
            </h2>
            <ul className="mt-2 space-y-2">
              {upcoming.map((c) => (
                <li key={c.id}>
                  <Link href={`/subprocessors/notices/${c.number}`} className="font-semibold">
                    Notice #{c.number}: {c.summary}
                  </Link>
                  <span className="block text-sm">
                    Takes effect on <time dateTime={c.effectiveDate}>{formatDate(c.effectiveDate)}</time>. Objections
                    until <time dateTime={c.objectionDeadline}>{formatDate(c.objectionDeadline)}</time>.
                    {c.diff.added.length ? ` Adds ${names(c.diff.added)}` : ''}
                    {c.diff.removed.length ? ` Removes ${names(c.diff.removed)}` : ''}
                    {c.diff.changed.length ? ` Changes ${names(c.diff.changed)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="list" className="space-y-4">
          <h2 id="list" className="text-xl font-semibold">
            The list {when}
          </h2>
          {q.asOfInvalid !== null ? (
            <Alert tone="error">
              “{q.asOfInvalid}” is not a date; showing today’s list. Use a date such as {today}.
            </Alert>
          ) : null}
          <form
            method="get"
            action="/subprocessors"
            role="search"
            aria-label="Filter sub-processors"
            className="grid gap-4 rounded-md border border-border p-4 sm:grid-cols-2 lg:grid-cols-[10rem_1fr_12rem_14rem_auto] lg:items-end"
          >
            <Field id="filter-as-of" label="Show the list as of" name="as_of" type="date" defaultValue={q.asOf} />
            <Field id="filter-purpose" label="Purpose" name="purpose" type="search" defaultValue={q.purpose} />
            <SelectField id="filter-country" label="Country" name="country" defaultValue={q.country}>
              <option value="">All countries</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
            </SelectField>
            <SelectField id="filter-mechanism" label="Transfer mechanism" name="mechanism" defaultValue={q.mechanism}>
              <option value="">All mechanisms</option>
              {Object.entries(TRANSFER_MECHANISM_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
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
                Apply
              </button>
              {filtered || q.asOf !== today ? (
                <Link href="/subprocessors" className="self-center text-sm">
                  Reset
                </Link>
              ) : null}
            </div>
          </form>
          <RegisterTable
            rows={rows}
            q={q}
            today={today}
            caption={`Sub-processors ${when}: ${rows.length}${filtered ? ` of ${all.length}` : ''}`}
            empty={all.length ? 'No sub-processor matches these filters.' : `We used no sub-processors ${when}.`}
          />
        </section>

        <section aria-labelledby="locations" className="space-y-3">
          <h2 id="locations" className="text-xl font-semibold">
            Processing locations
          </h2>
          {countries.length === 0 ? (
            <p className="text-fg-muted">No personal data was processed by sub-processors {when}.</p>
          ) : (
            <>
              <p className="text-fg-muted">
                Where the sub-processors above process data {when}, and what protects data that leaves the European
                Economic Area.
              </p>
              <div className="overflow-x-auto">
                <table className="w-full max-w-3xl text-sm">
                  <caption className="sr-only">Processing locations {when}</caption>
                  <thead className="border-b border-border">
                    <tr>
                      <th scope="col" className="py-2 pr-4 text-left font-medium">
                        Country
                      </th>
                      <th scope="col" className="py-2 pr-4 text-left font-medium">
                        EEA or adequacy
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">
                        Sub-processors
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {countries.map((c) => {
                      const users = all.filter((s) => s.locations.includes(c));
                      return (
                        <tr key={c} className="border-b border-border">
                          <th scope="row" className="py-2 pr-4 text-left font-normal">
                            <Link href={hrefWith(q, today, { country: c })} prefetch={false}>
                              {countryName(c)}
                            </Link>
                          </th>
                          <td className="py-2 pr-4">{transferStatusOf(c)}</td>
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
              </div>
              <p className="text-sm text-fg-muted">
                {countries.filter((c) => COUNTRIES[c]?.eea).length} of {countries.length} countries are in the EEA.
                Outside it: {countryList(countries.filter((c) => !COUNTRIES[c]?.eea)) || 'none'}.
              </p>
            </>
          )}
        </section>
      </div>
    </TrustShell>
  );
}
