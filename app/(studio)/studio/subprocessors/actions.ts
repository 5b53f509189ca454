'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { createSubprocessorChangeDraft } from '@/lib/subprocessors/create-change-draft';
import { discardSubprocessorChangeDraft } from '@/lib/subprocessors/discard-change-draft';
import { publishSubprocessorChange } from '@/lib/subprocessors/publish-change';
import { updateSubprocessorChangeDraft } from '@/lib/subprocessors/update-change-draft';
import { ZChangeRefSchema } from '@/lib/validation/subprocessors';

// The draft's own fields are checked by the use-cases (field errors keyed like operations.0.fields.website).
const ZSaveSchema = z.looseObject({ changeId: z.uuid().optional(), expectedVersion: z.number().int().optional() });

const refresh = <T>(v: T) => {
  revalidatePath('/studio/subprocessors');
  return v;
};

export const saveChangeDraftAction = createAction({
  tier: 'content:edit',
  schema: ZSaveSchema,
  handler: async (ctx, input) =>
    refresh(
      input.changeId
        ? await updateSubprocessorChangeDraft(ctx, input)
        : await createSubprocessorChangeDraft(ctx, input),
    ),
});

export const publishChangeAction = createAction({
  tier: 'content:publish',
  schema: ZChangeRefSchema,
  handler: async (ctx, input) => {
    const published = await publishSubprocessorChange(ctx, input);
    for (const path of ['/subprocessors', '/subprocessors/history', '/studio/subprocessors']) revalidatePath(path);
    return published;
  },
});

export const discardChangeAction = createAction({
  tier: 'content:edit',
  schema: ZChangeRefSchema,
  handler: async (ctx, input) => refresh(await discardSubprocessorChangeDraft(ctx, input)),
});
