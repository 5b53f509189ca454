import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRestoreRevisionSchema } from '@/lib/validation/studio';
import { studioActor } from './access';
import { assertDraftVersion } from './drafts';
import { findPage, frontmatterField, pageRoute } from './pages';

/**
 * Rolls back by going forward: the old revision's text becomes the page's draft (replacing the current
 * draft, with the usual version check), to be reviewed and published like any change.
 */
export async function restoreRevision(ctx: Ctx, input: { revisionId: string; expectedVersion: number }): Promise<{ version: number }> {
  const actor = await studioActor(ctx);
  const { revisionId, expectedVersion } = parseInput(ZRestoreRevisionSchema, input);
  return db().$transaction(async (tx) => {
    const revision = await tx.contentRevision.findUnique({ where: { id: revisionId }, select: { id: true, number: true, source: true, pageId: true } });
    if (!revision) throw new AppError('NOT_FOUND');
    const page = await findPage(tx, revision.pageId);
    assertDraftVersion(page, expectedVersion);
    const data = { source: revision.source, baseRevisionId: page.publishedRevisionId, updatedById: actor.userId, updatedByLabel: actor.name };
    const draft = page.draft
      ? await tx.contentDraft.update({
          where: { pageId: page.id },
          data: { ...data, version: { increment: 1 }, contributorIds: page.draft.contributorIds.includes(actor.userId) ? page.draft.contributorIds : [...page.draft.contributorIds, actor.userId] },
        })
      : await tx.contentDraft.create({ data: { ...data, pageId: page.id, version: 1, contributorIds: [actor.userId] } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      action: 'content.draft.restored',
      actor: actor.audit,
      target: { type: 'content_page', id: page.id, label: `${frontmatterField(revision.source, 'title') ?? page.slug} (${pageRoute(page)})` },
      changes: { revision: revision.number, draftVersion: draft.version },
      meta: ctx.meta,
    });
    return { version: draft.version };
  });
}
