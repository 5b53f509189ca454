import 'server-only';
import { cookies } from 'next/headers';
import { cookieSettings } from './session-cookie';
import { setSessionCookie } from './session-cookie-writer';
import { redeemSignInTicket } from './sign-in-ticket';

// Sign-in without JavaScript: the same tickets as the client-side path (lib/auth/sign-in-with-password,
// lib/mfa/complete-second-factor), finished on the server. The SESSION ticket is redeemed here instead of
// through next-auth's signIn(), and the cookie written is the one next-auth would write. Between the
// password and the second factor the pending ticket waits in an httpOnly cookie, never in a URL or a page.

const PENDING_MAX_AGE_SECONDS = 10 * 60; // the SECOND_FACTOR ticket's own lifetime

function pendingCookie() {
  const { sessionToken } = cookieSettings();
  // Same prefix and flags as the session cookie (__Host- over HTTPS, which needs path "/").
  return { name: sessionToken.name.replace('tc.session', 'tc.pending-sign-in'), options: sessionToken.options };
}

/** Turns a SESSION ticket into the session cookie; false when the ticket is unknown, used or expired. */
export async function startSessionFromTicket(ticket: string): Promise<boolean> {
  const redeemed = await redeemSignInTicket(ticket);
  if (!redeemed) return false;
  await setSessionCookie(redeemed.sessionToken);
  return true;
}

export async function holdPendingSignIn(ticket: string): Promise<void> {
  const { name, options } = pendingCookie();
  (await cookies()).set(name, ticket, { ...options, maxAge: PENDING_MAX_AGE_SECONDS });
}

export async function pendingSignInTicket(): Promise<string | null> {
  return (await cookies()).get(pendingCookie().name)?.value ?? null;
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete(pendingCookie().name);
}
