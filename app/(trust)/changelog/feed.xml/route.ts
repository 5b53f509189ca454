import { Feed } from 'feed';
import { getConfig } from '@/lib/config';
import { listChangelog } from '@/lib/studio/list-changelog';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

// The public changelog as an Atom feed, from the same in-memory list as /changelog. Absolute URLs come
// from APP_URL, never from the request.
export const dynamic = 'force-dynamic';

export async function GET() {
  const { brand, appUrl } = getConfig();
  const url = (path: string) => new URL(path, appUrl).toString();
  const entries = await listChangelog({ limit: 50 });
  // The feed's own title follows the address (/de/changelog/feed.xml); entries are the pages' own words.
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'changelog');
  const feed = new Feed({
    id: url('/changelog'),
    title: t('feedTitle', { brand: brand.name }),
    description: t('feedDescription', { brand: brand.name }),
    link: url('/changelog'),
    language: locale,
    updated: entries[0] ? new Date(entries[0].publishedAt) : new Date(),
    feedLinks: { atom: url('/changelog/feed.xml') },
    generator: false,
    copyright: `© ${brand.name}`,
  });
  for (const e of entries) {
    feed.addItem({
      id: `${url('/changelog')}#${e.id}`,
      title: e.pageTitle,
      link: url(e.route),
      date: new Date(e.publishedAt),
      description: e.summary,
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
