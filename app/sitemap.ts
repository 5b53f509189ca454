import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { sitemapEntries } from '@/lib/content/sitemap-entries';
import { listPublicDocuments } from '@/lib/documents/list-public-documents';
import { listPublishedChanges } from '@/lib/subprocessors/register';
import { logger } from '@/lib/log';
import { anonymousRequestCtx } from './(trust)/documents/request-ctx';

// Built per request from the in-memory content snapshot: the public URL (APP_URL) is known only at run
// time, and publishing changes the pages.
export const dynamic = 'force-dynamic';

/** The extra lists are best effort: a database hiccup leaves them out rather than the whole sitemap. */
async function orEmpty<T>(what: string, load: () => Promise<T[]>): Promise<T[]> {
  try {
    return await load();
  } catch (err) {
    logger.warn({ err: { message: (err as Error)?.message } }, `sitemap: ${what} left out`);
    return [];
  }
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [site, changes, documents] = await Promise.all([
    getSite(),
    orEmpty('sub-processor notices', listPublishedChanges),
    orEmpty('documents', async () => listPublicDocuments(await anonymousRequestCtx())),
  ]);
  return sitemapEntries(
    site,
    { noticeNumbers: changes.map((c) => c.number), documentSlugs: documents.map((d) => d.slug) },
    getConfig().appUrl,
    getConfig().locales,
  );
}
