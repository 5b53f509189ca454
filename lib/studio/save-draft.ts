import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZSaveDraftSchema } from '@/lib/validation/studio';
import { studioActor } from './access';
import { assertDraftVersion, draftConflict } from './drafts';
import type { SavedDraft } from './dto';
import { findPage } from './pages';

/**
 * Saves the editor's text as the page's draft (autosave). The draft need not be valid MDX yet, but it must
 * be text: junk and oversized pastes are refused with a clear message. Not audited: autosave would flood
 * the log; the draft becomes history when it is sent for review (a revision, audited).
 */
export async function saveDraft(ctx: Ctx, input: { pageId: string; source: string; expectedVersion: number }): Promise<SavedDraft> {
  const actor = await studioActor(ctx);
  const { pageId, source, expectedVersion } = parseInput(ZSaveDraftSchema, input, { raw: ['source'] });
  return db().$transaction(async (tx) => {
    const page = await findPage(tx, pageId);
    assertDraftVersion(page, expectedVersion);
    const draft = page.draft;
    if (!draft) {
      const created = await tx.contentDraft.create({
        data: { pageId, source, version: 1, baseRevisionId: page.publishedRevisionId, contributorIds: [actor.userId], updatedById: actor.userId, updatedByLabel: actor.name },
      });
      return { version: created.version, savedAt: created.updatedAt.toISOString() };
    }
    if (draft.source === source) return { version: draft.version, savedAt: draft.updatedAt.toISOString() };
    // Conditional on the version: of two saves racing from the same version, exactly one wins.
    const contributorIds = draft.contributorIds.includes(actor.userId) ? draft.contributorIds : [...draft.contributorIds, actor.userId];
    const { count } = await tx.contentDraft.updateMany({
      where: { pageId, version: expectedVersion },
      data: { source, version: { increment: 1 }, contributorIds, updatedById: actor.userId, updatedByLabel: actor.name },
    });
    if (count !== 1) throw draftConflict(await findPage(tx, pageId));
    const saved = await tx.contentDraft.findUniqueOrThrow({ where: { pageId } });
    return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
  });
}
