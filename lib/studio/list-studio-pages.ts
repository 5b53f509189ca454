import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { STUDIO } from './access';
import type { StudioTree } from './dto';
import { pageInclude, pageSummaries } from './pages';
import { studioSections } from './routes';
import { translationSummaries } from './translations';

/** Every page of the trust center by section, in reading order, with its draft and review state. */
export async function listStudioPages(ctx: Ctx): Promise<StudioTree> {
  await authorize(ctx, 'content:edit', STUDIO);
  const rows = await db().contentPage.findMany({
    // Translations are listed with their page (summary.translations), not as pages of their own.
    where: { deletedAt: null, translationOfId: null },
    include: pageInclude,
    orderBy: [{ order: 'asc' }, { slug: 'asc' }],
  });
  const pages = await pageSummaries(db(), rows);
  const translations = await translationSummaries(db(), rows);
  for (const p of pages) p.translations = translations.get(p.id) ?? [];
  return {
    sections: studioSections().map((s) => ({
      key: s.key,
      title: s.title,
      path: s.path,
      // The section's own page first, then by order.
      pages: pages
        .filter((p) => p.section === s.key)
        .sort(
          (a, b) =>
            Number(b.slug === 'index') - Number(a.slug === 'index') ||
            a.order - b.order ||
            a.slug.localeCompare(b.slug),
        ),
    })),
  };
}
