import type { Metadata } from 'next';
import type { SitePage } from '@/lib/content/site';
import { getConfig } from '@/lib/config';

/** Title, description, canonical URL and link-preview tags of a content page. */
export function pageMetadata(page: SitePage, opts: { absoluteTitle?: string } = {}): Metadata {
  const { brand } = getConfig();
  const siteName = `${brand.name} Trust Center`;
  return {
    title: opts.absoluteTitle ? { absolute: opts.absoluteTitle } : page.title,
    description: page.description,
    alternates: { canonical: page.route },
    openGraph: {
      type: 'article',
      siteName,
      title: opts.absoluteTitle ?? page.title,
      description: page.description,
      url: page.route,
      locale: 'en',
      modifiedTime: page.lastUpdated,
      section: page.section.title,
    },
    twitter: { card: 'summary', title: opts.absoluteTitle ?? page.title, description: page.description },
  };
}
