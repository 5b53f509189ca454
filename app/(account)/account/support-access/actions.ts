'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { grantSupportAccess } from '@/lib/support-access/grant-support-access';
import { revokeSupportGrant } from '@/lib/support-access/revoke-support-grant';
import { ZGrantIdSchema, ZGrantSupportAccessSchema } from '@/lib/validation/support-access';

export const grantSupportAccessAction = createAction({
  tier: 'support-access:manage',
  schema: ZGrantSupportAccessSchema,
  handler: async (ctx, input) => {
    const result = await grantSupportAccess(ctx, input);
    revalidatePath('/account/support-access');
    return result;
  },
});

export const revokeSupportGrantAction = createAction({
  tier: 'support-access:manage',
  schema: ZGrantIdSchema,
  handler: async (ctx, input) => {
    const result = await revokeSupportGrant(ctx, input);
    revalidatePath('/account/support-access');
    return result;
  },
});
