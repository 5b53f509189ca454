import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZSaveDraftSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { assertDraftVersion, draftConflict } from './drafts';
import type { SavedDraft } from './dto';
import { findPage } from './pages';

/**
 * Saves the editor's text as the page's draft (autosave). The draft need not be valid MDX yet, but it must
 * be text: junk and oversized pastes are refused with a clear message. Not audited: autosave would flood
 * the log; the draft becomes history when it is sent for review (a revision, audited).
 */
export async function saveDraft(
  ctx: Ctx,
  input: { pageId: string; source: string; expectedVersion: number },
): Promise<SavedDraft> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { pageId, source, expectedVersion } = parseInput(ZSaveDraftSchema, input, { raw: ['source'] });
  return db().$transaction(async (tx) => {
    const page = await findPage(tx, pageId);
    assertDraftVersion(page, expectedVersion);
    const draft = page.draft;
    if (!draft) {
      const created = await tx.contentDraft.create({
        data: {
          pageId,
          source,
          version: 1,
          baseRevisionId: page.publishedRevisionId,
          // A translation's new draft goes on from the source revision its published text was made from.
          sourceRevisionNumber: page.publishedRevision?.sourceRevisionNumber ?? null,
          contributorIds: [staff.session.user.id],
          updatedById: staff.session.user.id,
          updatedByLabel: authorName(staff),
        },
      });
      return { version: created.version, savedAt: created.updatedAt.toISOString() };
    }
    if (draft.source === source) return { version: draft.version, savedAt: draft.updatedAt.toISOString() };
    // Conditional on the version: of two saves racing from the same version, exactly one wins.
    const contributorIds = draft.contributorIds.includes(staff.session.user.id)
      ? draft.contributorIds
      : [...draft.contributorIds, staff.session.user.id];
    const { count } = await tx.contentDraft.updateMany({
      where: { pageId, version: expectedVersion },
      data: {
        source,
        version: { increment: 1 },
        contributorIds,
        updatedById: staff.session.user.id,
        updatedByLabel: authorName(staff),
      },
    });
    if (count !== 1) throw draftConflict(await findPage(tx, pageId));
    const saved = await tx.contentDraft.findUniqueOrThrow({ where: { pageId } });
    return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
  });
}
