import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPageRefSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { findPage, pageRoute, pageTitle } from './pages';
import { refreshPublicSite } from './refresh-site';
import { assertNotSectionPage, assertSiteStillValid } from './tree';
import { assertNotTranslation, syncTranslationPlacement } from './translations';

/**
 * Takes a page off the trust center at once (its history is kept; the row is marked deleted). Refused
 * while other pages link to it — the message lists them.
 */
export async function deletePage(ctx: Ctx, input: { pageId: string }): Promise<void> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { pageId } = parseInput(ZPageRefSchema, input);
  const page = await findPage(db(), pageId);
  assertNotTranslation(page);
  assertNotSectionPage(page, 'deleted');
  const route = pageRoute(page);
  if (page.publishedRevisionId) await assertSiteStillValid((sources) => sources.filter((s) => s.route !== route));
  await db().$transaction(async (tx) => {
    await tx.contentPage.update({ where: { id: page.id }, data: { deletedAt: new Date() } });
    // Its translations go with it (their open reviews too).
    await tx.contentReview.updateMany({
      where: {
        page: { translationOfId: page.id },
        status: { in: ['PENDING', 'APPROVED', 'CHANGES_REQUESTED', 'SCHEDULED'] },
      },
      data: { status: 'WITHDRAWN', decidedAt: new Date() },
    });
    await syncTranslationPlacement(tx, page.id, { deletedAt: new Date() });
    await tx.contentReview.updateMany({
      where: { pageId: page.id, status: { in: ['PENDING', 'APPROVED', 'CHANGES_REQUESTED', 'SCHEDULED'] } },
      data: { status: 'WITHDRAWN', decidedAt: new Date() },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.page.deleted',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label: `${pageTitle(page)} (${route})` },
      changes: { route, publishedRevision: page.publishedRevision?.number ?? null },
      meta: ctx.meta,
    });
  });
  if (page.publishedRevisionId) await refreshPublicSite([route]);
}
