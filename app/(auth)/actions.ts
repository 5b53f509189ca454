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
import { completeSecondFactor } from '@/lib/mfa/complete-second-factor';
import { finishPasskeySignIn } from '@/lib/mfa/finish-passkey-sign-in';
import { startPasskeySignIn } from '@/lib/mfa/start-passkey-sign-in';
import { startSecondFactorPasskey } from '@/lib/mfa/start-second-factor-passkey';
import { ZPasskeySignInSchema, ZSecondFactorSchema, ZTicketSchema } from '@/lib/validation/mfa';
import { clearPendingSignIn, holdPendingSignIn, pendingSignInTicket, startSessionFromTicket } from '@/lib/auth/server-side-sign-in';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { AppError, toErrorResult, type ActionResult } from '@/lib/errors';

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

// ── Second factor and passkeys (lib/mfa) ──

/** Step two: the pending ticket plus a code, a recovery code or a passkey assertion → a SESSION ticket. */
export const secondFactorAction = createAction({ tier: 'public', schema: ZSecondFactorSchema, handler: completeSecondFactor });

/** WebAuthn options for the second step, bound to the pending sign-in. */
export const secondFactorPasskeyOptionsAction = createAction({ tier: 'public', schema: ZTicketSchema, handler: startSecondFactorPasskey });

/** WebAuthn options for passwordless sign-in (button and email-field autofill). */
export const passkeySignInOptionsAction = createAction({ tier: 'public', schema: z.object({}), handler: (ctx) => startPasskeySignIn(ctx) });

export const passkeySignInAction = createAction({ tier: 'public', schema: ZPasskeySignInSchema, handler: finishPasskeySignIn });

// ── Sign-in without JavaScript (components/ui/use-form-action.ts posts here before the JS has loaded) ──

const NOT_A_FORM = toErrorResult(new AppError('FORM_UNREADABLE_TRY_AGAIN'));
const SIGN_IN_EXPIRED = toErrorResult(new AppError('NO_JS_SIGN_IN_EXPIRED'));
const NOT_COMPLETED = toErrorResult(new AppError('NO_JS_SIGN_IN_NOT_COMPLETED'));

/** After the session exists: enrolment first when the organization requires two-factor authentication. */
function afterSignIn(next: string, enrol: 'suggested' | 'required' | null): string {
  return enrol ? `/two-factor/setup?next=${encodeURIComponent(next)}` : next;
}

function returnPathFrom(form: FormData): string {
  const next = form.get('next');
  return safeReturnPath(typeof next === 'string' ? next : null, '/account');
}

/** The password step, finished on the server: the session cookie and a redirect, or the second-factor page. */
export async function passwordSignInFormAction(_prev: unknown, form: FormData): Promise<ActionResult<Awaited<ReturnType<typeof signInWithPassword>>>> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const next = returnPathFrom(form);
  const result = await passwordSignInAction(null, form);
  if (!result.ok) return result;
  if (result.data.next === 'second-factor') {
    await holdPendingSignIn(result.data.ticket);
    redirect(`/login/second-factor?next=${encodeURIComponent(next)}`);
  }
  if (!(await startSessionFromTicket(result.data.ticket))) return NOT_COMPLETED;
  redirect(afterSignIn(next, result.data.enrol));
}

/** Step two on /login/second-factor: an authenticator or recovery code against the pending ticket (cookie). */
export async function secondFactorFormAction(_prev: unknown, form: FormData): Promise<ActionResult<Awaited<ReturnType<typeof completeSecondFactor>>>> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const ticket = await pendingSignInTicket();
  if (!ticket) return SIGN_IN_EXPIRED;
  const method = form.get('method');
  const code = form.get('code');
  if ((method !== 'totp' && method !== 'recovery-code') || typeof code !== 'string') return NOT_A_FORM;
  const result = await secondFactorAction(null, { method, code, ticket });
  if (!result.ok) {
    if (result.code === 'UNAUTHENTICATED') await clearPendingSignIn();
    return result;
  }
  await clearPendingSignIn();
  if (!(await startSessionFromTicket(result.data.ticket))) return NOT_COMPLETED;
  redirect(afterSignIn(returnPathFrom(form), result.data.enrol));
}
