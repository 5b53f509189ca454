'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { markNotificationsRead } from '@/lib/notifications/my-notifications';
import { updateMyPreferences } from '@/lib/notifications/preferences';
import { ZMarkReadSchema, ZPreferencesFormSchema } from '@/lib/validation/notifications';

export const markReadAction = createAction({
  tier: 'signed-in',
  schema: ZMarkReadSchema,
  handler: async (ctx, input) => {
    const result = await markNotificationsRead(ctx, input);
    revalidatePath('/account', 'layout');
    return result;
  },
});

export const updatePreferencesAction = createAction({
  tier: 'signed-in',
  schema: ZPreferencesFormSchema,
  handler: updateMyPreferences,
});
