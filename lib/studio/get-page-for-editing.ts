import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPageRefSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import type { EditablePage } from './dto';
import { findPage, pageSummaries } from './pages';
import { reviewInclude, reviewSummaries } from './reviews';
import { studioSections } from './routes';
import { translationContext, translationSummaries } from './translations';

/** The editor's data: the draft (if any), the published revision and the open review. */
export async function getPageForEditing(ctx: Ctx, input: { pageId: string }): Promise<EditablePage> {
  await authorize(ctx, 'content:edit', STUDIO);
  const { pageId } = parseInput(ZPageRefSchema, input);
  const page = await findPage(db(), pageId);
  const [summary] = await pageSummaries(db(), [page]);
  if (!page.translationOfId) summary!.translations = (await translationSummaries(db(), [page])).get(page.id) ?? [];
  const openReview = page.reviews[0]
    ? await db().contentReview.findUniqueOrThrow({ where: { id: page.reviews[0].id }, include: reviewInclude })
    : null;
  const [review] = openReview ? await reviewSummaries(db(), [openReview]) : [];
  return {
    page: summary!,
    draft: page.draft
      ? {
          source: page.draft.source,
          version: page.draft.version,
          updatedAt: page.draft.updatedAt.toISOString(),
          updatedBy: page.draft.updatedByLabel,
        }
      : null,
    published: page.publishedRevision
      ? {
          revisionId: page.publishedRevision.id,
          number: page.publishedRevision.number,
          source: page.publishedRevision.source,
          publishedAt: (page.publishedRevision.publishedAt ?? page.publishedAt ?? new Date()).toISOString(),
        }
      : null,
    openReview: review ?? null,
    sections: studioSections().map((s) => ({ key: s.key, title: s.title })),
    translation: await translationContext(db(), page),
  };
}
