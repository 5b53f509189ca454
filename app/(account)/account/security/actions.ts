'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changePassword } from '@/lib/auth/change-password';
import { reauthenticate } from '@/lib/auth/reauthenticate';
import { revokeMyOtherSessions, revokeMySession } from '@/lib/auth/revoke-my-session';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { ZChangePasswordSchema, ZReauthSchema, ZSessionIdSchema } from '@/lib/validation/auth';

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

export const reauthenticateAction = createAction({
  tier: 'signed-in',
  schema: ZReauthSchema,
  handler: async (ctx, input) => {
    const { sessionToken } = await reauthenticate(ctx, input);
    await setSessionCookie(sessionToken);
    return { confirmed: true };
  },
});
