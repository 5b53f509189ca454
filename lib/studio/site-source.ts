import { getConfig } from '@/lib/config';
import { registerStoredPages, type StoredPageSource } from '@/lib/content/site';
import { loadSections } from '@/lib/content/structured-data';
import { db, type DbTransaction, type PrismaClient } from '@/lib/db';
import { pageFileFor, routeFor } from './page-layout';

// The trust center's published pages as the database holds them: the published revision of every page
// that is not deleted, placed by the page row. lib/content/site.ts compiles them into the snapshot.

/** Changes whenever a page is published, created, moved, hidden or deleted (every such write bumps updatedAt). */
export async function storedPagesFingerprint(client: PrismaClient | DbTransaction = db()): Promise<string> {
  const agg = await client.contentPage.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${agg._count._all}:${agg._max.updatedAt?.toISOString() ?? '-'}`;
}

export async function loadStoredPages(
  client: PrismaClient = db(),
): Promise<{ fingerprint: string; pages: StoredPageSource[] } | null> {
  const [fingerprint, rows] = await Promise.all([
    storedPagesFingerprint(client),
    client.contentPage.findMany({
      where: { deletedAt: null, publishedRevisionId: { not: null } },
      select: {
        section: true,
        slug: true,
        order: true,
        hidden: true,
        publishedRevision: { select: { source: true, publishedAt: true } },
      },
    }),
  ]);
  if (fingerprint.startsWith('0:')) return null;
  const sections = new Map(loadSections().map((s) => [s.key, s]));
  const pages: StoredPageSource[] = [];
  for (const row of rows) {
    const section = sections.get(row.section);
    // A section removed from sections.json: the page cannot be placed (the studio lists it to be moved).
    if (!section || !row.publishedRevision) continue;
    pages.push({
      file: `content/pages/${pageFileFor(section, row.slug)}`,
      route: routeFor(section, row.slug),
      source: row.publishedRevision.source,
      lastUpdated: (row.publishedRevision.publishedAt ?? new Date()).toISOString(),
      sectionKey: row.section,
      order: row.order,
      hidden: row.hidden,
      // Originals only until i18nstudio stores translations (issue 18's contract in lib/content/site.ts).
      locale: getConfig().locales.default,
    });
  }
  pages.sort((a, b) => a.file.localeCompare(b.file));
  return { fingerprint, pages };
}

registerStoredPages(() => loadStoredPages());
