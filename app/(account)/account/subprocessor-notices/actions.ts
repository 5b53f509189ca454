'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { fileSubprocessorObjection } from '@/lib/subprocessors/objections/file-objection';
import { ZFileObjectionSchema } from '@/lib/validation/notices';

export const fileObjectionAction = createAction({
  tier: 'subprocessors:object',
  schema: ZFileObjectionSchema,
  handler: async (ctx, input) => {
    const result = await fileSubprocessorObjection(ctx, input);
    revalidatePath(`/account/subprocessor-notices/${input.number}`);
    revalidatePath('/account/subprocessor-notices');
    return result;
  },
});
