import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZMovePageSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { findPage, pageTitle } from './pages';
import { refreshPublicSite } from './refresh-site';
import { sectionOf } from './routes';
import { assertNotSectionPage, assertSiteStillValid, assertSlugFree, nextOrder, placed } from './tree';
import { assertNotTranslation, syncTranslationPlacement } from './translations';

/** Moves a page to another section (last in its order); its address changes with it. */
export async function movePage(ctx: Ctx, input: { pageId: string; section: string }): Promise<void> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { pageId, section } = parseInput(ZMovePageSchema, input);
  const page = await findPage(db(), pageId);
  assertNotTranslation(page);
  assertNotSectionPage(page, 'moved');
  if (sectionOf(section).path === '/')
    throw new AppError('VALIDATION', undefined, { section: [fieldMessage('OVERVIEW_SINGLE_PAGE')] });
  if (page.section === section) return;
  const from = placed(page);
  const to = placed({ section, slug: page.slug });
  const order = await db().$transaction((tx) => nextOrder(tx, section));
  if (page.publishedRevisionId) {
    await assertSiteStillValid((sources) =>
      sources.map((s) =>
        s.route === from.route ? { ...s, route: to.route, file: to.file, sectionKey: section, order } : s,
      ),
    );
  }
  await db().$transaction(async (tx) => {
    await assertSlugFree(tx, section, page.slug, page.id);
    const moved = await tx.contentPage.update({
      where: { id: page.id },
      data: { section, order: await nextOrder(tx, section) },
    });
    await syncTranslationPlacement(tx, page.id, { section, order: moved.order });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.page.moved',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label: `${pageTitle(page)} (${to.route})` },
      changes: { section: { from: page.section, to: section }, route: { from: from.route, to: to.route } },
      meta: ctx.meta,
    });
  });
  if (page.publishedRevisionId) await refreshPublicSite([from.route, to.route]);
}
