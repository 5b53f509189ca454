import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPageRefSchema } from '@/lib/validation/studio';
import { studioActor } from './access';
import { findPage, pageRoute, pageTitle } from './pages';
import { refreshPublicSite } from './refresh-site';
import { assertNotSectionPage, assertSiteStillValid } from './tree';

/**
 * Takes a page off the trust center at once (its history is kept; the row is marked deleted). Refused
 * while other pages link to it — the message lists them.
 */
export async function deletePage(ctx: Ctx, input: { pageId: string }): Promise<void> {
  const actor = await studioActor(ctx, 'content:publish');
  const { pageId } = parseInput(ZPageRefSchema, input);
  const page = await findPage(db(), pageId);
  assertNotSectionPage(page, 'deleted');
  const route = pageRoute(page);
  if (page.publishedRevisionId) await assertSiteStillValid((sources) => sources.filter((s) => s.route !== route));
  await db().$transaction(async (tx) => {
    await tx.contentPage.update({ where: { id: page.id }, data: { deletedAt: new Date() } });
    await tx.contentReview.updateMany({ where: { pageId: page.id, status: { in: ['PENDING', 'APPROVED', 'CHANGES_REQUESTED', 'SCHEDULED'] } }, data: { status: 'WITHDRAWN', decidedAt: new Date() } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      action: 'content.page.deleted',
      actor: actor.audit,
      target: { type: 'content_page', id: page.id, label: `${pageTitle(page)} (${route})` },
      changes: { route, publishedRevision: page.publishedRevision?.number ?? null },
      meta: ctx.meta,
    });
  });
  if (page.publishedRevisionId) await refreshPublicSite([route]);
}
