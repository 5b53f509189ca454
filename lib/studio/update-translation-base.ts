import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZUpdateTranslationBaseSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { assertDraftVersion } from './drafts';
import { findPage, pageRoute, pageTitle } from './pages';

/**
 * The translator has read what changed in the source and brings the translation up to date: its draft is
 * now made from the source revision published now (a draft is started from the published translation
 * when there is none). Reviewing and publishing that draft clears "outdated". Audited: it is the claim
 * that the translation matches the current source.
 */
export async function updateTranslationBase(
  ctx: Ctx,
  input: { pageId: string; expectedVersion: number },
): Promise<{ version: number; sourceRevision: number }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { pageId, expectedVersion } = parseInput(ZUpdateTranslationBaseSchema, input);
  return db().$transaction(async (tx) => {
    const page = await findPage(tx, pageId);
    if (!page.translationOfId) throw new AppError('NOT_FOUND');
    assertDraftVersion(page, expectedVersion);
    const source = await findPage(tx, page.translationOfId);
    const current = source.publishedRevision?.number;
    if (!current) throw new AppError('TRANSLATION_SOURCE_UNPUBLISHED');
    const from = page.draft?.sourceRevisionNumber ?? page.publishedRevision?.sourceRevisionNumber ?? null;
    if (from === current) throw new AppError('TRANSLATION_ALREADY_CURRENT', { number: current });
    const me = staff.session.user.id;
    const draft = page.draft
      ? await tx.contentDraft.update({
          where: { pageId },
          data: {
            sourceRevisionNumber: current,
            version: { increment: 1 },
            contributorIds: page.draft.contributorIds.includes(me) ? undefined : [...page.draft.contributorIds, me],
            updatedById: me,
            updatedByLabel: authorName(staff),
          },
        })
      : await tx.contentDraft.create({
          data: {
            pageId,
            source: page.publishedRevision?.source ?? '',
            version: 1,
            baseRevisionId: page.publishedRevisionId,
            sourceRevisionNumber: current,
            contributorIds: [me],
            updatedById: me,
            updatedByLabel: authorName(staff),
          },
        });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.translation.updated_to_source',
      actor: staff.actor,
      target: { type: 'content_page', id: pageId, label: `${pageTitle(page)} (${pageRoute(page)})` },
      changes: { locale: page.locale, sourceRevision: { from, to: current }, draftVersion: draft.version },
      meta: ctx.meta,
    });
    return { version: draft.version, sourceRevision: current };
  });
}
