import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';

// Built per request from the in-memory content snapshot: the public URL (APP_URL) is known only at run
// time, and publishing changes the pages.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { appUrl } = getConfig();
  const site = await getSite();
  const url = (route: string) => new URL(route, appUrl).toString();
  return [
    // Hidden pages answer at their address but are not advertised.
    ...site.pages.filter((page) => !page.hidden).map((page) => ({
      url: url(page.route),
      lastModified: page.lastUpdated,
      changeFrequency: 'monthly' as const,
      priority: page.route === '/' ? 1 : page.route === page.section.path ? 0.8 : 0.6,
    })),
    { url: url('/subprocessors'), changeFrequency: 'weekly' as const, priority: 0.8 },
    { url: url('/subprocessors/history'), changeFrequency: 'weekly' as const, priority: 0.5 },
    { url: url('/search'), changeFrequency: 'monthly' as const, priority: 0.3 },
    { url: url('/report-abuse'), changeFrequency: 'yearly' as const, priority: 0.4 },
  ];
}
