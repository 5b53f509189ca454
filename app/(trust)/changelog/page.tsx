import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { listChangelog } from '@/lib/studio/list-changelog';
import { formatDate } from '@/lib/ui/format';

export function generateMetadata(): Metadata {
  return {
    title: 'Changelog',
    description: `Notable changes to the ${getConfig().brand.name} trust center: new pages, updated controls and policies.`,
    alternates: {
      canonical: '/changelog',
      types: { 'application/atom+xml': [{ url: '/changelog/feed.xml', title: 'Trust center changelog (Atom)' }] },
    },
  };
}

// Notable publications from the studio, newest first. The list is cached in memory and read again only
// after a publish (lib/studio/changelog-cache.ts), so a visitor does not wait on the database.
export default async function ChangelogPage() {
  await connection();
  const [site, entries] = await Promise.all([getSite(), listChangelog({ limit: 100 })]);
  return (
    <TrustShell nav={site.nav} current="/changelog">
      <div className="max-w-3xl">
        <Breadcrumbs items={[HOME_CRUMB, { href: '/changelog', label: 'Changelog' }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Changelog</h1>
        <p className="mt-3 text-lg text-fg-muted">
          Notable changes to this trust center. Follow them in your feed reader with the{' '}
          <a href="/changelog/feed.xml">Atom feed</a>.
        </p>
        {entries.length === 0 ? (
          <p className="mt-8 text-fg-muted">No notable changes have been published yet.</p>
        ) : (
          <ol className="mt-8 list-none space-y-6 p-0">
            {entries.map((e) => (
              <li key={e.id} className="border-l-2 border-border pl-4">
                <p className="text-sm text-fg-muted">
                  <time dateTime={e.publishedAt}>{formatDate(e.publishedAt)}</time>
                </p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link href={e.route}>{e.pageTitle}</Link>
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
