'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { setObjectionStatus } from '@/lib/subprocessors/objections/set-objection-status';
import { ZObjectionStatusSchema } from '@/lib/validation/notices';

export const setObjectionStatusAction = createAction({
  tier: 'content:edit',
  schema: ZObjectionStatusSchema,
  handler: async (ctx, input) => {
    const result = await setObjectionStatus(ctx, input);
    revalidatePath('/studio/subprocessors/objections');
    return result;
  },
});
