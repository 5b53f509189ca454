'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { updateStudioSettings } from '@/lib/studio/update-studio-settings';
import { ZStudioSettingsSchema } from '@/lib/validation/studio';

export const updateStudioSettingsAction = createAction({
  tier: 'content:publish',
  schema: ZStudioSettingsSchema,
  handler: async (ctx, input) => {
    const result = await updateStudioSettings(ctx, input);
    revalidatePath('/studio/settings');
    return result;
  },
});
