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
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors.history');
  return {
    title: t('title'),
    description: t('description'),
    alternates: alternatesFor('/subprocessors/history', locale),
  };
}

export default async function SubprocessorHistoryPage() {
  await connection();
  const today = todayUtc();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors.history');
  const date = (value: string) => formatDate(value, locale);
  const [site, changes] = await Promise.all([getSite(locale), listPublishedChanges()]);
  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-4xl space-y-8">
        <div>
          <Breadcrumbs
            items={[
              HOME_CRUMB,
              { href: '/subprocessors', label: t('register') },
              { href: '/subprocessors/history', label: t('crumb') },
            ]}
          />
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('title')}</h1>
          <p className="mt-3 text-lg text-fg-muted">
            {
              t.rich('lead', {
                link: (chunks: React.ReactNode) => (
                  <Link prefetch={false} href={hrefIn(locale, '/subprocessors')}>
                    {chunks}
                  </Link>
                ),
              }) as React.ReactNode
            }
          </p>
        </div>
        {changes.length === 0 ? <p>{t('empty')}</p> : null}
        <ol className="space-y-6">
          {changes.map((c) => (
            <li key={c.id}>
              <article aria-labelledby={`notice-${c.number}`} className="rounded-md border border-border p-4">
                <h2 id={`notice-${c.number}`} className="text-lg font-semibold">
                  <Link prefetch={false} href={hrefIn(locale, `/subprocessors/notices/${c.number}`)}>
                    {t('notice', { number: c.number, summary: c.summary })}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-fg-muted">
                  {c.effectiveDate > today ? (
                    <strong className="mr-2 rounded bg-bg-subtle px-1.5 py-0.5 text-fg">{t('upcoming')}</strong>
                  ) : null}
                  {
                    t.rich('effective', {
                      effective: date(c.effectiveDate),
                      announced: date(c.publishedAt),
                      from: (chunks: React.ReactNode) => <time dateTime={c.effectiveDate}>{chunks}</time>,
                      on: (chunks: React.ReactNode) => <time dateTime={c.publishedAt}>{chunks}</time>,
                    }) as React.ReactNode
                  }
                  {c.effectiveDate > today ? (
                    <>
                      {' '}
                      {
                        t.rich('objections', {
                          deadline: date(c.objectionDeadline),
                          until: (chunks: React.ReactNode) => <time dateTime={c.objectionDeadline}>{chunks}</time>,
                        }) as React.ReactNode
                      }
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
