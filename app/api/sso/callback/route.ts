import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { getRequestMeta } from '@/lib/request-context';
import { holdPendingSignIn, startSessionFromTicket } from '@/lib/auth/server-side-sign-in';
import { browserBinding, leaveNote } from '@/lib/sso/cookies';
import { finishSsoCallback } from '@/lib/sso/finish-sign-in';
import { isViewerCallback } from '@/lib/documents/finish-viewer-verification';
import { viewerCallback } from '@/app/(trust)/documents/verify/callback/viewer-callback';
import { peekFlow } from '@/lib/oidc/flow-store';
import { reauthCallback } from './reauth-callback';
import { SSO_REAUTH_PURPOSE } from '@/lib/sso/reauthenticate-with-sso';

// Where every IdP sends the browser back (one redirect URI for all connections: the flow's state says
// which). Ends in a session (our own, as for a password sign-in), in the second-factor step, in the
// connection test's result, or on the sign-in page with a message saying what to do.
export async function GET(request: NextRequest) {
  // A prospect confirming their work email for documents through a customer's connection (issue 19 item 4).
  if (await isViewerCallback(request.nextUrl.searchParams.get('state'))) return viewerCallback(request);
  // A signed-in member confirming it is them (sudo) through the IdP: the popup of the sudo dialog.
  if ((await peekFlow(request.nextUrl.searchParams.get('state')))?.purpose === SSO_REAUTH_PURPOSE)
    return reauthCallback(request);
  const ctx = { meta: await getRequestMeta(), session: null };
  // The URL as the IdP addressed it: APP_URL's origin, whatever Host the proxy passed on.
  const callbackUrl = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, getConfig().appUrl);
  const result = await finishSsoCallback(ctx, { callbackUrl, browserBinding: await browserBinding() });
  const to = (path: string) => NextResponse.redirect(new URL(path, getConfig().appUrl), 303);
  switch (result.kind) {
    case 'session': {
      if (!(await startSessionFromTicket(result.ticket))) return to('/login?error=1');
      const mfaNote = result.idpMfa ? `sso=${result.idpMfa === 'amr' ? 'mfa-amr' : 'mfa-idp'}` : 'sso=1';
      if (result.enrol) return to(`/two-factor/setup?next=${encodeURIComponent(result.next)}`);
      return to(`${result.next}${result.next.includes('?') ? '&' : '?'}${mfaNote}`);
    }
    case 'second-factor':
      await holdPendingSignIn(result.ticket);
      return to(`/login/second-factor?sso=1&next=${encodeURIComponent(result.next)}`);
    case 'test':
      await leaveNote('test', { claims: result.claims }, result.userId);
      return to('/account/sso/test-result');
    case 'failed':
      if (result.test) {
        // The test popup belongs to a signed-in admin; the note is sealed to no one in particular here
        // (the flow may be unknown), so it carries only the message.
        await leaveNote('test', { error: result.error.message }, '');
        return to('/account/sso/test-result?failed=1');
      }
      // The reason and its params too: the sign-in page says it again in the visitor's language.
      const { message, reason, params } = result.error;
      await leaveNote('sign-in', { message, reason, params });
      return to('/login?sso=failed');
  }
}
