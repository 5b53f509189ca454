import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { listChangelog } from '@/lib/studio/list-changelog';
import { formatDate } from '@/lib/ui/format';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'changelog');
  return {
    title: t('title'),
    description: t('description', { brand: getConfig().brand.name }),
    alternates: {
      ...alternatesFor('/changelog', locale),
      types: { 'application/atom+xml': [{ url: hrefIn(locale, '/changelog/feed.xml'), title: t('feedLinkTitle') }] },
    },
  };
}

// Notable publications from the studio, newest first. The list is cached in memory and read again only
// after a publish (lib/studio/changelog-cache.ts), so a visitor does not wait on the database.
export default async function ChangelogPage() {
  await connection();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'changelog');
  const [site, entries] = await Promise.all([getSite(locale), listChangelog({ limit: 100 })]);
  return (
    <TrustShell nav={site.nav} current="/changelog">
      <div className="max-w-3xl">
        <Breadcrumbs items={[HOME_CRUMB, { href: '/changelog', label: t('title') }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 text-lg text-fg-muted">
          {
            t.rich('lead', {
              feed: (chunks: React.ReactNode) => <a href={hrefIn(locale, '/changelog/feed.xml')}>{chunks}</a>,
            }) as React.ReactNode
          }
        </p>
        {entries.length === 0 ? (
          <p className="mt-8 text-fg-muted">{t('empty')}</p>
        ) : (
          <ol className="mt-8 list-none space-y-6 p-0">
            {entries.map((e) => (
              <li key={e.id} className="border-l-2 border-border pl-4">
                <p className="text-sm text-fg-muted">
                  <time dateTime={e.publishedAt}>{formatDate(e.publishedAt, locale)}</time>
                </p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link prefetch={false} href={hrefIn(locale, e.route)}>
                    {e.pageTitle}
                  </Link>
                </h2>
                <p className="mt-1">{e.summary}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </TrustShell>
  );
}
