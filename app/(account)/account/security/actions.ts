'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changePassword } from '@/lib/auth/change-password';
import { revokeMyOtherSessions, revokeMySession } from '@/lib/auth/revoke-my-session';
import { createAction } from '@/lib/dal';
import { ZChangePasswordSchema, ZSessionIdSchema } from '@/lib/validation/auth';

export const changePasswordAction = createAction({
  tier: 'signed-in',
  schema: ZChangePasswordSchema,
  handler: async (ctx, input) => {
    const result = await changePassword(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const revokeSessionAction = createAction({
  tier: 'signed-in',
  schema: ZSessionIdSchema,
  handler: async (ctx, input) => {
    await revokeMySession(ctx, input);
    revalidatePath('/account/security');
    return { revoked: true };
  },
});

export const revokeOtherSessionsAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: async (ctx) => {
    const result = await revokeMyOtherSessions(ctx);
    revalidatePath('/account/security');
    return result;
  },
});
