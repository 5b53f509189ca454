import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZDiscardDraftSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { assertDraftVersion } from './drafts';
import { findPage, pageRoute, pageTitle } from './pages';

/** Throws the draft away; the editor starts from the published text again. A page never published cannot lose its only text. */
export async function discardDraft(ctx: Ctx, input: { pageId: string; expectedVersion: number }): Promise<void> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { pageId, expectedVersion } = parseInput(ZDiscardDraftSchema, input);
  await db().$transaction(async (tx) => {
    const page = await findPage(tx, pageId);
    if (!page.draft) throw new AppError('PAGE_NO_DRAFT');
    assertDraftVersion(page, expectedVersion);
    // A translation never published is only its draft: discarding it is "not started" again.
    if (!page.publishedRevisionId && !page.translationOfId) throw new AppError('PAGE_NEVER_PUBLISHED');
    if (page.publishedRevisionId) await tx.contentDraft.delete({ where: { pageId } });
    else await tx.contentPage.delete({ where: { id: pageId } });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.draft.discarded',
      actor: staff.actor,
      target: { type: 'content_page', id: pageId, label: `${pageTitle(page)} (${pageRoute(page)})` },
      changes: { version: page.draft.version },
      meta: ctx.meta,
    });
  });
}
