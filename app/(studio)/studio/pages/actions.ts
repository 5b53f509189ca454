'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { createPage } from '@/lib/studio/create-page';
import { deletePage } from '@/lib/studio/delete-page';
import { discardDraft } from '@/lib/studio/discard-draft';
import { movePage } from '@/lib/studio/move-page';
import { renamePage } from '@/lib/studio/rename-page';
import { reorderPages } from '@/lib/studio/reorder-pages';
import { requestReview } from '@/lib/studio/request-review';
import { restoreRevision } from '@/lib/studio/restore-revision';
import { saveDraft } from '@/lib/studio/save-draft';
import { setPageHidden } from '@/lib/studio/set-page-hidden';
import { startTranslation } from '@/lib/studio/start-translation';
import { updateTranslationBase } from '@/lib/studio/update-translation-base';
import { validateSource } from '@/lib/studio/validate-source';
import {
  ZCreatePageSchema,
  ZDiscardDraftSchema,
  ZMovePageSchema,
  ZPageRefSchema,
  ZRenamePageSchema,
  ZReorderPagesSchema,
  ZRequestReviewSchema,
  ZRestoreRevisionSchema,
  ZSaveDraftSchema,
  ZSetPageHiddenSchema,
  ZStartTranslationSchema,
  ZUpdateTranslationBaseSchema,
  ZValidateSourceSchema,
} from '@/lib/validation/studio';

const refreshTree = <T>(v: T) => {
  revalidatePath('/studio/pages');
  return v;
};

// The page tree (changes the public site at once, hence content:publish).
export const createPageAction = createAction({
  tier: 'content:edit',
  schema: ZCreatePageSchema,
  handler: async (ctx, input) => refreshTree(await createPage(ctx, input)),
});
export const renamePageAction = createAction({
  tier: 'content:publish',
  schema: ZRenamePageSchema,
  handler: async (ctx, input) => refreshTree(await renamePage(ctx, input)),
});
export const movePageAction = createAction({
  tier: 'content:publish',
  schema: ZMovePageSchema,
  handler: async (ctx, input) => refreshTree(await movePage(ctx, input)),
});
export const reorderPagesAction = createAction({
  tier: 'content:publish',
  schema: ZReorderPagesSchema,
  handler: async (ctx, input) => refreshTree(await reorderPages(ctx, input)),
});
export const setPageHiddenAction = createAction({
  tier: 'content:publish',
  schema: ZSetPageHiddenSchema,
  handler: async (ctx, input) => refreshTree(await setPageHidden(ctx, input)),
});
export const deletePageAction = createAction({
  tier: 'content:publish',
  schema: ZPageRefSchema,
  handler: async (ctx, input) => refreshTree(await deletePage(ctx, input)),
});

// Editing. A CONFLICT result carries the other save in `details` (a DraftConflict).
export const saveDraftAction = createAction({
  tier: 'content:edit',
  schema: ZSaveDraftSchema,
  handler: saveDraft,
  rawFields: ['source'],
});
export const validateSourceAction = createAction({
  tier: 'content:edit',
  schema: ZValidateSourceSchema,
  handler: validateSource,
});
export const discardDraftAction = createAction({
  tier: 'content:edit',
  schema: ZDiscardDraftSchema,
  handler: async (ctx, input) => refreshTree(await discardDraft(ctx, input)),
});
export const requestReviewAction = createAction({
  tier: 'content:edit',
  schema: ZRequestReviewSchema,
  handler: async (ctx, input) => {
    const result = await requestReview(ctx, input);
    revalidatePath('/studio/reviews');
    return refreshTree(result);
  },
});
export const restoreRevisionAction = createAction({
  tier: 'content:edit',
  schema: ZRestoreRevisionSchema,
  handler: async (ctx, input) => refreshTree(await restoreRevision(ctx, input)),
});

// Translations (issue 18): started from the default-language page, then edited like any page.
export const startTranslationAction = createAction({
  tier: 'content:edit',
  schema: ZStartTranslationSchema,
  handler: async (ctx, input) => refreshTree(await startTranslation(ctx, input)),
});
export const updateTranslationBaseAction = createAction({
  tier: 'content:edit',
  schema: ZUpdateTranslationBaseSchema,
  handler: async (ctx, input) => refreshTree(await updateTranslationBase(ctx, input)),
});
