import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZSetPageHiddenSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { findPage, pageRoute, pageTitle } from './pages';
import { refreshPublicSite } from './refresh-site';
import { assertNotSectionPage } from './tree';
import { assertNotTranslation, syncTranslationPlacement } from './translations';

/** Hidden pages keep answering at their address but leave navigation, search, the sitemap and llms.txt. */
export async function setPageHidden(ctx: Ctx, input: { pageId: string; hidden: boolean | string }): Promise<void> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { pageId, hidden } = parseInput(ZSetPageHiddenSchema, input);
  const page = await findPage(db(), pageId);
  assertNotTranslation(page);
  assertNotSectionPage(page, 'hidden');
  if (page.hidden === hidden) return;
  await db().$transaction(async (tx) => {
    await tx.contentPage.update({ where: { id: page.id }, data: { hidden } });
    await syncTranslationPlacement(tx, page.id, { hidden });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: hidden ? 'content.page.hidden' : 'content.page.shown',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label: `${pageTitle(page)} (${pageRoute(page)})` },
      meta: ctx.meta,
    });
  });
  if (page.publishedRevisionId) await refreshPublicSite([pageRoute(page)]);
}
