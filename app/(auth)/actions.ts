'use server';

import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createAction, getCtx } from '@/lib/dal';
import { checkResetRequestAllowed, requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { signOut } from '@/lib/auth/sign-out';
import { clearSessionCookie, setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { reauthenticate } from '@/lib/auth/reauthenticate';
import { ZPasswordSignInSchema, ZReauthSchema, ZRequestResetSchema, ZResetPasswordSchema } from '@/lib/validation/auth';

export const passwordSignInAction = createAction({ tier: 'public', schema: ZPasswordSignInSchema, handler: signInWithPassword });

export const requestResetAction = createAction({
  tier: 'public',
  schema: ZRequestResetSchema,
  handler: async (ctx, input) => {
    await checkResetRequestAllowed(ctx, input);
    // The work (and its timing) happens after the answer is sent: the answer is identical either way.
    after(() => requestPasswordReset(ctx, input));
    return { sent: true };
  },
});

export const resetPasswordAction = createAction({ tier: 'public', schema: ZResetPasswordSchema, handler: resetPassword });

export const signOutAction = createAction({
  tier: 'public',
  schema: z.object({}),
  handler: async (ctx) => {
    await signOut(ctx);
    await clearSessionCookie();
    return { signedOut: true };
  },
});

/** Form-post variant used by the header's sign-out button (works without JavaScript). */
export async function signOutAndRedirect(): Promise<void> {
  const ctx = await getCtx();
  await signOut(ctx);
  await clearSessionCookie();
  redirect('/login?signedOut=1');
}

/** Sudo mode: re-enter the password; the session id rotates and the new cookie is set here. */
export const reauthenticateAction = createAction({
  tier: 'signed-in',
  schema: ZReauthSchema,
  handler: async (ctx, input) => {
    const { sessionToken } = await reauthenticate(ctx, input);
    await setSessionCookie(sessionToken);
    return { confirmed: true };
  },
});
