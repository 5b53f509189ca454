import type { Metadata } from 'next';
import Link from 'next/link';
import { countryList, mechanismLabel } from '@/components/subprocessors/format';
import { Alert } from '@/components/ui/alert';
import { requirePermission } from '@/lib/dal';
import { listChangeDrafts } from '@/lib/subprocessors/changes';
import { listUpcomingChanges, registerAsOf } from '@/lib/subprocessors/register';
import { formatDate, formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Sub-processors' };

const th = 'py-2 pr-4 font-medium';
const td = 'py-2 pr-4 align-top';

export default async function StudioSubprocessorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const [drafts, upcoming, register, query] = await Promise.all([
    listChangeDrafts(ctx),
    listUpcomingChanges(),
    registerAsOf(),
    searchParams.then(queryInput),
  ]);
  const published = /^\d+$/.test(query.published ?? '') ? Number(query.published) : null;
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Sub-processors</h1>
          <p className="mt-1 text-fg-muted">
            The public register at <Link href="/subprocessors">/subprocessors</Link>. Changes are drafted, then
            published as a numbered notice that subscribers receive; they take effect on their effective date.
          </p>
        </div>
        <Link
          href="/studio/subprocessors/changes/new"
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
        >
          New change
        </Link>
      </div>
      {published ? (
        <Alert tone="success">
          Change #{published} published.{' '}
          <Link href={`/subprocessors/notices/${published}`}>Open the public notice</Link>.
        </Alert>
      ) : null}
      {query.discarded ? <Alert tone="success">Draft discarded.</Alert> : null}

      <section aria-labelledby="drafts" className="space-y-3">
        <h2 id="drafts" className="text-xl font-semibold">
          Drafts
        </h2>
        {drafts.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Change drafts</caption>
            <thead className="border-b border-border text-fg-muted">
              <tr>
                <th scope="col" className={th}>
                  Summary
                </th>
                <th scope="col" className={th}>
                  Effective date
                </th>
                <th scope="col" className={th}>
                  Operations
                </th>
                <th scope="col" className={th}>
                  Last saved
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <tr key={d.id} className="border-b border-border">
                  <td className={td}>
                    <Link href={`/studio/subprocessors/changes/${d.id}`}>{d.summary}</Link>
                  </td>
                  <td className={td}>{formatDate(d.effectiveDate)}</td>
                  <td className={td}>{d.operations.length}</td>
                  <td className={td}>
                    {formatDateTime(d.updatedAt)} by {d.createdBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-fg-muted">No drafts.</p>
        )}
      </section>

      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-xl font-semibold">
          Upcoming changes
        </h2>
        {upcoming.length ? (
          <ul className="space-y-2">
            {upcoming.map((c) => (
              <li key={c.id}>
                <Link href={`/subprocessors/notices/${c.number}`}>Notice #{c.number}</Link>: {c.summary} — effective{' '}
                {formatDate(c.effectiveDate)}, objections until {formatDate(c.objectionDeadline)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-fg-muted">Nothing announced.</p>
        )}
      </section>

      <section aria-labelledby="current" className="space-y-3">
        <h2 id="current" className="text-xl font-semibold">
          Current register ({register.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Sub-processors in use today</caption>
            <thead className="border-b border-border text-fg-muted">
              <tr>
                <th scope="col" className={th}>
                  Sub-processor
                </th>
                <th scope="col" className={th}>
                  Purpose
                </th>
                <th scope="col" className={th}>
                  Locations
                </th>
                <th scope="col" className={th}>
                  Transfer mechanism
                </th>
                <th scope="col" className={th}>
                  Since
                </th>
              </tr>
            </thead>
            <tbody>
              {register.map((s) => (
                <tr key={s.slug} className="border-b border-border">
                  <th scope="row" className={`${td} font-semibold`}>
                    {s.legalName}
                    <span className="block font-normal text-fg-muted">{s.slug}</span>
                  </th>
                  <td className={td}>{s.purpose}</td>
                  <td className={td}>{countryList(s.locations)}</td>
                  <td className={td}>{mechanismLabel(s.transferMechanism, s.sccModule)}</td>
                  <td className={`${td} whitespace-nowrap`}>{formatDate(s.effectiveFrom)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
