'use server';

import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { checkResetRequestAllowed, requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { reauthenticate } from '@/lib/auth/reauthenticate';
import {
  ZPasswordSignInFormSchema,
  ZPasswordSignInSchema,
  ZReauthSchema,
  ZRequestResetSchema,
  ZResetPasswordSchema,
} from '@/lib/validation/auth';
import { completeSecondFactor } from '@/lib/mfa/complete-second-factor';
import { finishPasskeySignIn } from '@/lib/mfa/finish-passkey-sign-in';
import { startPasskeySignIn } from '@/lib/mfa/start-passkey-sign-in';
import { startSecondFactorPasskey } from '@/lib/mfa/start-second-factor-passkey';
import {
  ZPasskeySignInSchema,
  ZSecondFactorFormSchema,
  ZSecondFactorSchema,
  ZTicketSchema,
} from '@/lib/validation/mfa';
import { parseInput } from '@/lib/validation/parse-input';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import {
  clearPendingSignIn,
  holdPendingSignIn,
  pendingSignInTicket,
  startSessionFromTicket,
} from '@/lib/auth/server-side-sign-in';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { signOutFormAction } from '@/lib/auth/sign-out-form';
import { AppError } from '@/lib/errors';
import { lookUpSso } from '@/lib/sso/sign-in';
import { ZSsoLookUpSchema } from '@/lib/validation/sso';

export const passwordSignInAction = createAction({
  tier: 'public',
  schema: ZPasswordSignInSchema,
  handler: signInWithPassword,
});

/** Email first: an address in a verified SSO domain gets "Continue with <Org> SSO" (lib/sso). */
export const ssoLookUpAction = createAction({
  tier: 'public',
  schema: ZSsoLookUpSchema,
  // Public and unauthenticated: without a limit it would enumerate which domains use SSO (R9).
  // Counted per distinct domain: colleagues behind one office address ask about the same one (what SSO
  // customers look like), an enumeration asks about many.
  rateLimit: {
    policy: 'ssoLookUpPerIp',
    by: 'ip',
    reason: 'ACTION_RATE_LIMITED',
    distinct: ({ email }) => email.slice(email.lastIndexOf('@') + 1).toLowerCase(),
  },
  handler: lookUpSso,
});

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

export const resetPasswordAction = createAction({
  tier: 'public',
  schema: ZResetPasswordSchema,
  handler: resetPassword,
});

/** Form-post variant used by the header's sign-out button (works without JavaScript). */
export const signOutAndRedirect = signOutFormAction();

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
export const secondFactorAction = createAction({
  tier: 'public',
  schema: ZSecondFactorSchema,
  handler: completeSecondFactor,
});

/** WebAuthn options for the second step, bound to the pending sign-in. */
export const secondFactorPasskeyOptionsAction = createAction({
  tier: 'public',
  schema: ZTicketSchema,
  handler: startSecondFactorPasskey,
});

/** WebAuthn options for passwordless sign-in (button and email-field autofill). */
export const passkeySignInOptionsAction = createAction({
  tier: 'public',
  schema: z.object({}),
  handler: (ctx) => startPasskeySignIn(ctx),
});

export const passkeySignInAction = createAction({
  tier: 'public',
  schema: ZPasskeySignInSchema,
  handler: finishPasskeySignIn,
});

// ── Sign-in without JavaScript (components/ui/use-form-action.ts posts here before the JS has loaded) ──

/** After the session exists: enrolment first when the organization requires two-factor authentication. */
async function afterSignIn(next: string | undefined, enrol: 'suggested' | 'required' | null): Promise<string> {
  const path = safeReturnPath(next, '/account');
  return enrol ? hrefIn(await getRequestLocale(), `/two-factor/setup?next=${encodeURIComponent(path)}`) : path;
}

const notCompleted = () => new AppError('NO_JS_SIGN_IN_NOT_COMPLETED');

/** The password step, finished on the server: the session cookie and a redirect, or the second-factor page. */
export const passwordSignInFormAction = createAction({
  tier: 'public',
  schema: ZPasswordSignInFormSchema,
  formOnly: 'FORM_UNREADABLE_TRY_AGAIN',
  handler: async (ctx, { next, ...input }): Promise<Awaited<ReturnType<typeof signInWithPassword>>> => {
    const result = await signInWithPassword(ctx, input);
    if (result.next === 'second-factor') {
      await holdPendingSignIn(result.ticket);
      // In the language of the page that posted (/de/login → /de/login/second-factor).
      const path = `/login/second-factor?next=${encodeURIComponent(safeReturnPath(next, '/account'))}`;
      redirect(hrefIn(await getRequestLocale(), path));
    }
    if (!(await startSessionFromTicket(result.ticket))) throw notCompleted();
    redirect(await afterSignIn(next, result.enrol));
  },
});

/** Step two on /login/second-factor: an authenticator or recovery code against the pending ticket (cookie). */
export const secondFactorFormAction = createAction({
  tier: 'public',
  schema: ZSecondFactorFormSchema,
  formOnly: 'FORM_UNREADABLE_TRY_AGAIN',
  handler: async (ctx, { next, ...input }): Promise<Awaited<ReturnType<typeof completeSecondFactor>>> => {
    const ticket = await pendingSignInTicket();
    if (!ticket) throw new AppError('NO_JS_SIGN_IN_EXPIRED');
    let result;
    try {
      result = await completeSecondFactor(ctx, parseInput(ZSecondFactorSchema, { ...input, ticket }));
    } catch (err) {
      // The pending sign-in is over (too many tries, expired): the next visit starts from the password.
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') await clearPendingSignIn();
      throw err;
    }
    await clearPendingSignIn();
    if (!(await startSessionFromTicket(result.ticket))) throw notCompleted();
    redirect(await afterSignIn(next, result.enrol));
  },
});
