import Link from 'next/link';
import { countryList, mechanismLabel } from '@/components/subprocessors/format';
import { Alert } from '@/components/ui/alert';
import { requirePermission } from '@/lib/dal';
import { listChangeDrafts } from '@/lib/subprocessors/changes';
import { listUpcomingChanges, registerAsOf } from '@/lib/subprocessors/register';
import { formatDate, formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.subprocessors', 'list.title');

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
  const t = await getConsoleTranslator('studio.subprocessors');
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('list.title')}</h1>
          <p className="mt-1 text-fg-muted">
            {
              t.rich('list.intro', {
                link: (chunks: unknown) => <Link href="/subprocessors">{chunks as React.ReactNode}</Link>,
              }) as React.ReactNode
            }
          </p>
        </div>
        <Link
          href="/studio/subprocessors/changes/new"
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
        >
          {t('list.newChange')}
        </Link>
      </div>
      {published ? (
        <Alert tone="success">
          {
            t.rich('list.published', {
              number: published,
              link: (chunks: unknown) => (
                <Link href={`/subprocessors/notices/${published}`}>{chunks as React.ReactNode}</Link>
              ),
            }) as React.ReactNode
          }
        </Alert>
      ) : null}
      {query.discarded ? <Alert tone="success">{t('list.discarded')}</Alert> : null}

      <section aria-labelledby="drafts" className="space-y-3">
        <h2 id="drafts" className="text-xl font-semibold">
          {t('list.drafts')}
        </h2>
        {drafts.length ? (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('list.draftsCaption')}</caption>
            <thead className="border-b border-border text-fg-muted">
              <tr>
                <th scope="col" className={th}>
                  {t('list.summary')}
                </th>
                <th scope="col" className={th}>
                  {t('list.effectiveDate')}
                </th>
                <th scope="col" className={th}>
                  {t('list.operations')}
                </th>
                <th scope="col" className={th}>
                  {t('list.lastSaved')}
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
                  <td className={td}>{t('list.savedBy', { at: formatDateTime(d.updatedAt), who: d.createdBy })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-fg-muted">{t('list.noDrafts')}</p>
        )}
      </section>

      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-xl font-semibold">
          {t('list.upcoming')}
        </h2>
        {upcoming.length ? (
          <ul className="space-y-2">
            {upcoming.map((c) => (
              <li key={c.id}>
                <Link href={`/subprocessors/notices/${c.number}`}>{t('notice', { number: c.number })}</Link>
                {t('list.upcomingLine', {
                  summary: c.summary,
                  effective: formatDate(c.effectiveDate),
                  deadline: formatDate(c.objectionDeadline),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-fg-muted">{t('list.nothingAnnounced')}</p>
        )}
      </section>

      <section aria-labelledby="current" className="space-y-3">
        <h2 id="current" className="text-xl font-semibold">
          {t('list.current', { count: register.length })}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('list.currentCaption')}</caption>
            <thead className="border-b border-border text-fg-muted">
              <tr>
                <th scope="col" className={th}>
                  {t('list.subprocessor')}
                </th>
                <th scope="col" className={th}>
                  {t('list.purpose')}
                </th>
                <th scope="col" className={th}>
                  {t('list.locations')}
                </th>
                <th scope="col" className={th}>
                  {t('list.mechanism')}
                </th>
                <th scope="col" className={th}>
                  {t('list.since')}
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
