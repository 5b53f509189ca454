import type { Metadata } from 'next';
import type { SitePage } from '@/lib/content/site';
import { getConfig } from '@/lib/config';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getTranslator } from '@/lib/i18n/translator';

/** Title, description, canonical URL, language alternates and link-preview tags of a content page. */
export function pageMetadata(page: SitePage, opts: { absoluteTitle?: string; locale?: string } = {}): Metadata {
  const { brand, locales } = getConfig();
  const locale = opts.locale ?? page.locale ?? locales.default;
  const siteName = getTranslator(locale, 'trust')('brandTrustCenter', { brand: brand.name });
  const alternates = alternatesFor(page.route, locale);
  return {
    title: opts.absoluteTitle ? { absolute: opts.absoluteTitle } : page.title,
    description: page.description,
    alternates,
    openGraph: {
      type: 'article',
      siteName,
      title: opts.absoluteTitle ?? page.title,
      description: page.description,
      url: alternates.canonical,
      locale,
      modifiedTime: page.lastUpdated,
      section: page.section.title,
    },
    twitter: { card: 'summary', title: opts.absoluteTitle ?? page.title, description: page.description },
  };
}
