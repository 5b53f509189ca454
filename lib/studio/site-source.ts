import { registerStoredPages, type StoredPageSource } from '@/lib/content/site';
import { loadSections } from '@/lib/content/structured-data';
import { db, type DbTransaction, type PrismaClient } from '@/lib/db';
import { defaultLocale } from './locales';
import { pageFileFor, routeFor } from './page-layout';

// The trust center's published pages as the database holds them: the published revision of every page
// that is not deleted, placed by the page row. lib/content/site.ts compiles them into the snapshot.
// Translations come as pages of their language (`locale`), placed like their source page: `route` is the
// page's route within its language's site (the source's, unprefixed), `file` is content/pages/<locale>/…,
// and `translatedFrom` says which source revision they were made from and which is published now.

/** Changes whenever a page is published, created, moved, hidden or deleted (every such write bumps updatedAt). */
export async function storedPagesFingerprint(client: PrismaClient | DbTransaction = db()): Promise<string> {
  const agg = await client.contentPage.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${agg._count._all}:${agg._max.updatedAt?.toISOString() ?? '-'}`;
}

export async function loadStoredPages(
  client: PrismaClient = db(),
): Promise<{ fingerprint: string; pages: StoredPageSource[] } | null> {
  const revision = { select: { number: true, source: true, publishedAt: true, sourceRevisionNumber: true } };
  const [fingerprint, rows] = await Promise.all([
    storedPagesFingerprint(client),
    client.contentPage.findMany({
      where: { deletedAt: null, publishedRevisionId: { not: null } },
      select: {
        section: true,
        slug: true,
        order: true,
        hidden: true,
        locale: true,
        publishedAt: true,
        publishedRevision: revision,
        translationOf: { select: { deletedAt: true, publishedAt: true, publishedRevision: revision } },
      },
    }),
  ]);
  if (fingerprint.startsWith('0:')) return null;
  const sections = new Map(loadSections().map((s) => [s.key, s]));
  const fallbackLocale = defaultLocale();
  const pages: StoredPageSource[] = [];
  for (const row of rows) {
    const section = sections.get(row.section);
    // A section removed from sections.json: the page cannot be placed (the studio lists it to be moved).
    if (!section || !row.publishedRevision) continue;
    const source = row.translationOf;
    // A translation of a page deleted or never published has nothing to translate from.
    if (source && (source.deletedAt || !source.publishedRevision)) continue;
    const file = pageFileFor(section, row.slug);
    pages.push({
      file: `content/pages/${row.locale && source ? `${row.locale}/` : ''}${file}`,
      route: routeFor(section, row.slug),
      source: row.publishedRevision.source,
      lastUpdated: (row.publishedRevision.publishedAt ?? new Date()).toISOString(),
      sectionKey: row.section,
      order: row.order,
      hidden: row.hidden,
      locale: source && row.locale ? row.locale : fallbackLocale,
      ...(source?.publishedRevision && {
        translatedFrom: {
          revision: row.publishedRevision.sourceRevisionNumber ?? source.publishedRevision.number,
          currentRevision: source.publishedRevision.number,
          publishedAt: (source.publishedRevision.publishedAt ?? source.publishedAt ?? new Date()).toISOString(),
        },
      }),
    });
  }
  pages.sort((a, b) => a.file.localeCompare(b.file));
  return { fingerprint, pages };
}

// Translations travel with their source pages: getSite(locale) lays them over the default language.
registerStoredPages(loadStoredPages);
