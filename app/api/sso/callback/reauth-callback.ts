import { NextResponse, type NextRequest } from 'next/server';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { browserBinding, leaveNote } from '@/lib/sso/cookies';
import { finishSsoReauth } from '@/lib/sso/reauthenticate-with-sso';

/** The IdP's answer to a re-authentication: the rotated session's cookie, or the reason for the popup to show. */
export async function reauthCallback(request: NextRequest): Promise<NextResponse> {
  const ctx = await getCtx();
  const to = (path: string) => NextResponse.redirect(new URL(path, getConfig().appUrl), 303);
  if (!ctx.session) return to('/login');
  const callbackUrl = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, getConfig().appUrl);
  try {
    const { sessionToken } = await finishSsoReauth(ctx, { callbackUrl, browserBinding: await browserBinding() });
    await setSessionCookie(sessionToken);
    return to('/account/sso/confirmed');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await leaveNote('reauth', { error: err.message }, ctx.session.sessionId);
    return to('/account/sso/confirmed?failed=1');
  }
}
