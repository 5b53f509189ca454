import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DiffView } from '@/components/subprocessors/diff-view';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listPublishedChanges } from '@/lib/subprocessors/register';
import { formatDate } from '@/lib/ui/format';

export const metadata: Metadata = {
  title: 'Sub-processor history',
  description: 'Every change to our sub-processors: what was added, removed or changed, and from when.',
  alternates: { canonical: '/subprocessors/history' },
};

export default async function SubprocessorHistoryPage() {
  await connection();
  const today = todayUtc();
  const [site, changes] = await Promise.all([getSite(), listPublishedChanges()]);
  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-4xl space-y-8">
        <div>
          <Breadcrumbs
            items={[
              HOME_CRUMB,
              { href: '/subprocessors', label: 'Sub-processors' },
              { href: '/subprocessors/history', label: 'History' },
            ]}
          />
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sub-processor history</h1>
          <p className="mt-3 text-lg text-fg-muted">
            Every published change, newest first, with the day it takes effect. To see the full list on a given day, use
            “Show the list as of” on the <Link href="/subprocessors">sub-processor list</Link>.
          </p>
        </div>
        {changes.length === 0 ? <p>No changes have been published since the register started.</p> : null}
        <ol className="space-y-6">
          {changes.map((c) => (
            <li key={c.id}>
              <article aria-labelledby={`notice-${c.number}`} className="rounded-md border border-border p-4">
                <h2 id={`notice-${c.number}`} className="text-lg font-semibold">
                  <Link href={`/subprocessors/notices/${c.number}`}>
                    Notice #{c.number}: {c.summary}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-fg-muted">
                  {c.effectiveDate > today ? (
                    <strong className="mr-2 rounded bg-bg-subtle px-1.5 py-0.5 text-fg">Upcoming</strong>
                  ) : null}
                  Effective <time dateTime={c.effectiveDate}>{formatDate(c.effectiveDate)}</time> · announced{' '}
                  <time dateTime={c.publishedAt}>{formatDate(c.publishedAt)}</time>
                  {c.effectiveDate > today ? (
                    <>
                      {' '}
                      · objections until <time dateTime={c.objectionDeadline}>{formatDate(c.objectionDeadline)}</time>
                    </>
                  ) : null}
                </p>
                <div className="mt-3">
                  <DiffView diff={c.diff} />
                </div>
              </article>
            </li>
          ))}
        </ol>
      </div>
    </TrustShell>
  );
}
