import type { MetadataRoute } from 'next';
import type { Site } from './assemble-site';
import { localePath } from '@/lib/i18n/paths';

/** What the sitemap needs beyond the content snapshot: the register's notices and the document library. */
export interface SitemapExtras {
  /** Numbers of the published sub-processor notices (each has a public page). */
  noticeNumbers: number[];
  /** Slugs of the documents with a public page (public and gated ones: the page describes both). */
  documentSlugs: string[];
}

/**
 * Every public, indexable page of the trust center: the content pages (not hidden ones, which answer at
 * their address but are not advertised), the register with its history, notices and subscription form,
 * the document library and each document's page, the changelog, search, the Ask box and the abuse form. Pages that
 * only make sense with a token from an email (confirmations, viewer, unsubscribe) are left out: they say
 * `noindex` themselves. Pure, so a test can hold it to the list of public routes.
 */
export function sitemapEntries(
  site: Pick<Site, 'pages'>,
  extras: SitemapExtras,
  appUrl: string | URL,
  locales: { list: string[]; default: string } = { list: ['en'], default: 'en' },
): MetadataRoute.Sitemap {
  const url = (route: string) => new URL(route, appUrl).toString();
  const entries = defaultLanguageEntries(site, extras, url);
  if (locales.list.length < 2) return entries;
  // Every address in every language, each listing all its languages and x-default (the default
  // language's address): the same pairs as each page's <link rel="alternate" hreflang> (lib/i18n/alternates.ts).
  const settings = { locales: locales.list, defaultLocale: locales.default };
  return entries.flatMap((entry) => {
    const path = new URL(entry.url).pathname;
    const languages = {
      ...Object.fromEntries(locales.list.map((l) => [l, url(localePath(l, path, settings))])),
      'x-default': entry.url,
    };
    return locales.list.map((l) => ({ ...entry, url: url(localePath(l, path, settings)), alternates: { languages } }));
  });
}

function defaultLanguageEntries(
  site: Pick<Site, 'pages'>,
  extras: SitemapExtras,
  url: (route: string) => string,
): MetadataRoute.Sitemap {
  return [
    ...site.pages
      .filter((page) => !page.hidden)
      .map((page) => ({
        url: url(page.route),
        lastModified: page.lastUpdated,
        changeFrequency: 'monthly' as const,
        priority: page.route === '/' ? 1 : page.route === page.section.path ? 0.8 : 0.6,
      })),
    { url: url('/subprocessors'), changeFrequency: 'weekly' as const, priority: 0.8 },
    { url: url('/subprocessors/history'), changeFrequency: 'weekly' as const, priority: 0.5 },
    ...extras.noticeNumbers.map((n) => ({ url: url(`/subprocessors/notices/${n}`), changeFrequency: 'yearly' as const, priority: 0.4 })),
    { url: url('/subprocessors/subscribe'), changeFrequency: 'yearly' as const, priority: 0.3 },
    { url: url('/documents'), changeFrequency: 'weekly' as const, priority: 0.8 },
    ...extras.documentSlugs.map((slug) => ({ url: url(`/documents/${encodeURIComponent(slug)}`), changeFrequency: 'monthly' as const, priority: 0.5 })),
    { url: url('/changelog'), changeFrequency: 'weekly' as const, priority: 0.5 },
    { url: url('/search'), changeFrequency: 'monthly' as const, priority: 0.3 },
    { url: url('/ask'), changeFrequency: 'monthly' as const, priority: 0.4 },
    { url: url('/report-abuse'), changeFrequency: 'yearly' as const, priority: 0.4 },
  ];
}
