import { Feed } from 'feed';
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/mail/render';
import type { ChangeNotice } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { getTranslator, type Translator } from '@/lib/i18n/translator';
import { diffHtml } from './diff-text';
import { listPublishedNotices } from './notice';

// The notices as an Atom feed and a JSON Feed 1.1, with absolute URLs from APP_URL. JSON Feed items carry
// the machine-readable notice (the ChangeNotice, as in webhooks) under "_subprocessor_notice".

const FEED_SIZE = 50;

function contentOf(n: ChangeNotice, t: Translator, locale: string): string {
  const dates = { effective: formatDate(n.effectiveDate, locale), deadline: formatDate(n.objectionDeadline, locale) };
  return [
    `<p>${escapeHtml(n.summary)}</p>`,
    diffHtml(n.diff),
    `<p>${escapeHtml(t('contentDates', dates))}</p>`,
    `<p><a href="${escapeHtml(n.url)}">${escapeHtml(t('contentLink'))}</a></p>`,
  ].join('');
}

// The feed's own words follow the address's language (/de/subprocessors/notices.atom); notices stay as published.
async function buildFeed(locale: string): Promise<{ feed: Feed; notices: ChangeNotice[] }> {
  const { appUrl, brand } = getConfig();
  const t = getTranslator(locale, 'subprocessors.feed');
  const abs = (path: string) => new URL(path, appUrl).toString();
  const notices = await listPublishedNotices({ limit: FEED_SIZE });
  const feed = new Feed({
    id: abs('/subprocessors/notices.atom'),
    title: t('title', { brand: brand.name }),
    description: t('description', { brand: brand.name }),
    link: abs('/subprocessors'),
    language: locale,
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
      title: t('itemTitle', { number: n.number, summary: n.summary }),
      description: t('itemDescription', {
        summary: n.summary,
        effective: formatDate(n.effectiveDate, locale),
        deadline: formatDate(n.objectionDeadline, locale),
      }),
      content: contentOf(n, t, locale),
      date: new Date(n.publishedAt),
      published: new Date(n.publishedAt),
      extensions: [{ name: '_subprocessor_notice', objects: n as unknown as Record<string, unknown> }],
    });
  }
  return { feed, notices };
}

export async function noticesAtom(locale = 'en'): Promise<string> {
  return (await buildFeed(locale)).feed.atom1();
}

/** JSON Feed 1.1 (the library writes 1.0: the version and the authors array are brought up to 1.1). */
export async function noticesJsonFeed(locale = 'en'): Promise<string> {
  const { feed } = await buildFeed(locale);
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & {
    author?: unknown;
    items: (Record<string, unknown> & { author?: unknown })[];
  };
  const { author, ...rest } = doc;
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      language: locale,
      ...(author ? { authors: [author] } : {}),
    },
    null,
    2,
  );
}
