import { Feed } from 'feed';
import { getConfig } from '@/lib/config';
import { listChangelog } from '@/lib/studio/list-changelog';

// The public changelog as an Atom feed, from the same in-memory list as /changelog. Absolute URLs come
// from APP_URL, never from the request.
export const dynamic = 'force-dynamic';

export async function GET() {
  const { brand, appUrl } = getConfig();
  const url = (path: string) => new URL(path, appUrl).toString();
  const entries = await listChangelog({ limit: 50 });
  const feed = new Feed({
    id: url('/changelog'),
    title: `${brand.name} Trust Center changelog`,
    description: `Notable changes to the ${brand.name} trust center.`,
    link: url('/changelog'),
    language: 'en',
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
