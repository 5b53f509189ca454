import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRestoreRevisionSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { assertDraftVersion } from './drafts';
import { findPage, frontmatterField, pageRoute } from './pages';

/**
 * Rolls back by going forward: the old revision's text becomes the page's draft (replacing the current
 * draft, with the usual version check), to be reviewed and published like any change.
 */
export async function restoreRevision(
  ctx: Ctx,
  input: { revisionId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { revisionId, expectedVersion } = parseInput(ZRestoreRevisionSchema, input);
  return db().$transaction(async (tx) => {
    const revision = await tx.contentRevision.findUnique({
      where: { id: revisionId },
      select: { id: true, number: true, source: true, pageId: true, sourceRevisionNumber: true },
    });
    if (!revision) throw new AppError('NOT_FOUND');
    const page = await findPage(tx, revision.pageId);
    assertDraftVersion(page, expectedVersion);
    const data = {
      source: revision.source,
      baseRevisionId: page.publishedRevisionId,
      // A restored translation is made from the source revision it was made from then (maybe outdated).
      sourceRevisionNumber: revision.sourceRevisionNumber,
      updatedById: staff.session.user.id,
      updatedByLabel: authorName(staff),
    };
    const draft = page.draft
      ? await tx.contentDraft.update({
          where: { pageId: page.id },
          data: {
            ...data,
            version: { increment: 1 },
            contributorIds: page.draft.contributorIds.includes(staff.session.user.id)
              ? page.draft.contributorIds
              : [...page.draft.contributorIds, staff.session.user.id],
          },
        })
      : await tx.contentDraft.create({
          data: { ...data, pageId: page.id, version: 1, contributorIds: [staff.session.user.id] },
        });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.draft.restored',
      actor: staff.actor,
      target: {
        type: 'content_page',
        id: page.id,
        label: `${frontmatterField(revision.source, 'title') ?? page.slug} (${pageRoute(page)})`,
      },
      changes: { revision: revision.number, draftVersion: draft.version },
      meta: ctx.meta,
    });
    return { version: draft.version };
  });
}
