import { Feed } from 'feed';
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/mail/render';
import type { ChangeNotice } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { diffHtml } from './diff-text';
import { listPublishedNotices } from './notice';

// The notices as an Atom feed and a JSON Feed 1.1, with absolute URLs from APP_URL. JSON Feed items carry
// the machine-readable notice (the ChangeNotice, as in webhooks) under "_subprocessor_notice".

const FEED_SIZE = 50;

function contentOf(n: ChangeNotice): string {
  return [
    `<p>${escapeHtml(n.summary)}</p>`,
    diffHtml(n.diff),
    `<p>Effective date: ${escapeHtml(formatDate(n.effectiveDate))}. Objections until ${escapeHtml(formatDate(n.objectionDeadline))}.</p>`,
    `<p><a href="${escapeHtml(n.url)}">Read the notice and how to object</a></p>`,
  ].join('');
}

async function buildFeed(): Promise<{ feed: Feed; notices: ChangeNotice[] }> {
  const { appUrl, brand } = getConfig();
  const abs = (path: string) => new URL(path, appUrl).toString();
  const notices = await listPublishedNotices({ limit: FEED_SIZE });
  const feed = new Feed({
    id: abs('/subprocessors/notices.atom'),
    title: `${brand.name} sub-processor change notices`,
    description: `Changes to the sub-processors ${brand.name} uses, with their effective dates and objection deadlines.`,
    link: abs('/subprocessors'),
    language: 'en',
    updated: notices[0] ? new Date(notices[0].publishedAt) : new Date(0),
    generator: false,
    feedLinks: { atom: abs('/subprocessors/notices.atom'), json: abs('/subprocessors/notices.json') },
    author: { name: brand.name, link: abs('/') },
    copyright: `${brand.name}`,
  });
  for (const n of notices) {
    feed.addItem({
      id: n.url,
      link: n.url,
      title: `Notice #${n.number}: ${n.summary}`,
      description: `${n.summary} Effective ${formatDate(n.effectiveDate)}; objections until ${formatDate(n.objectionDeadline)}.`,
      content: contentOf(n),
      date: new Date(n.publishedAt),
      published: new Date(n.publishedAt),
      extensions: [{ name: '_subprocessor_notice', objects: n as unknown as Record<string, unknown> }],
    });
  }
  return { feed, notices };
}

export async function noticesAtom(): Promise<string> {
  return (await buildFeed()).feed.atom1();
}

/** JSON Feed 1.1 (the library writes 1.0: the version and the authors array are brought up to 1.1). */
export async function noticesJsonFeed(): Promise<string> {
  const { feed } = await buildFeed();
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & {
    author?: unknown;
    items: (Record<string, unknown> & { author?: unknown })[];
  };
  const { author, ...rest } = doc;
  return JSON.stringify(
    { ...rest, version: 'https://jsonfeed.org/version/1.1', language: 'en', ...(author ? { authors: [author] } : {}) },
    null,
    2,
  );
}
