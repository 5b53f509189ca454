import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReorderPagesSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { refreshPublicSite } from './refresh-site';
import { sectionOf } from './routes';
import { syncTranslationPlacement } from './translations';

/** Sets the reading order of a section's pages (its own page always comes first). pageIds: every other page of the section, in the new order. */
export async function reorderPages(ctx: Ctx, input: { section: string; pageIds: string[] }): Promise<void> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { section, pageIds } = parseInput(ZReorderPagesSchema, input);
  const sec = sectionOf(section);
  const routes = await db().$transaction(async (tx) => {
    const pages = await tx.contentPage.findMany({
      where: { section, deletedAt: null, slug: { not: 'index' }, translationOfId: null },
      select: { id: true, slug: true, order: true },
    });
    const ids = new Set(pages.map((p) => p.id));
    if (pageIds.length !== ids.size || new Set(pageIds).size !== ids.size || pageIds.some((id) => !ids.has(id))) {
      throw new AppError('PAGE_ORDER_STALE');
    }
    for (const [i, id] of pageIds.entries()) {
      await tx.contentPage.update({ where: { id }, data: { order: i + 1 } });
      await syncTranslationPlacement(tx, id, { order: i + 1 });
    }
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.page.reordered',
      actor: staff.actor,
      target: { type: 'content_section', id: null, label: sec.title },
      changes: { order: pageIds.map((id) => pages.find((p) => p.id === id)!.slug) },
      meta: ctx.meta,
    });
    return [sec.path];
  });
  await refreshPublicSite(routes);
}
