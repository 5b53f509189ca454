import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRenamePageSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { findPage, pageTitle } from './pages';
import { refreshPublicSite } from './refresh-site';
import { assertNotSectionPage, assertSiteStillValid, assertSlugFree, placed } from './tree';
import { assertNotTranslation, syncTranslationPlacement } from './translations';

/** Changes a page's address (its slug) at once; refused while other pages link to the old address. */
export async function renamePage(ctx: Ctx, input: { pageId: string; slug: string }): Promise<void> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { pageId, slug } = parseInput(ZRenamePageSchema, input);
  const page = await findPage(db(), pageId);
  assertNotTranslation(page);
  assertNotSectionPage(page, 'renamed');
  if (page.slug === slug) return;
  const from = placed(page);
  const to = placed({ section: page.section, slug });
  if (page.publishedRevisionId) {
    await assertSiteStillValid((sources) =>
      sources.map((s) => (s.route === from.route ? { ...s, route: to.route, file: to.file } : s)),
    );
  }
  await db().$transaction(async (tx) => {
    await assertSlugFree(tx, page.section, slug, page.id);
    await tx.contentPage.update({ where: { id: page.id }, data: { slug } });
    await syncTranslationPlacement(tx, page.id, { slug });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.page.renamed',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label: `${pageTitle(page)} (${to.route})` },
      changes: { route: { from: from.route, to: to.route } },
      meta: ctx.meta,
    });
  });
  if (page.publishedRevisionId) await refreshPublicSite([from.route, to.route]);
}
