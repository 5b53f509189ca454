import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { finishViewerVerification, ViewerVerificationError } from '@/lib/documents/finish-viewer-verification';
import { viewerFlowCookie } from '@/lib/documents/viewer-cookie';
import { viewerRedirectUri } from '@/lib/documents/viewer-providers';
import { AppError, toErrorResult } from '@/lib/errors';
import { logger } from '@/lib/log';
import { anonymousRequestCtx } from '../../request-ctx';

// Where Google, Microsoft or a customer's identity provider sends a prospect back after confirming their
// work email (register this address with each provider's client). Success ends where the emailed link
// ends; every refusal ends on the request form with a message saying what to do.
export async function GET(req: NextRequest) {
  const cookie = viewerFlowCookie();
  // The address the provider was given, with the answer's parameters: the token request must repeat it.
  const callbackUrl = `${viewerRedirectUri()}${req.nextUrl.search}`;
  let to: string;
  try {
    const outcome = await finishViewerVerification(await anonymousRequestCtx(), {
      callbackUrl,
      browserBinding: req.cookies.get(cookie.name)?.value ?? null,
    });
    to = `/documents/verified?status=${outcome.status}`;
  } catch (err) {
    if (!(err instanceof AppError)) logger.error({ err: (err as Error)?.message }, 'document viewer callback failed');
    const reason =
      err instanceof ViewerVerificationError
        ? err.failure
        : toErrorResult(err).code === 'RATE_LIMITED'
          ? 'RATE_LIMITED'
          : 'VIEWER_SSO_REFUSED';
    const via = err instanceof ViewerVerificationError ? viaOf(err.providerKey) : 'provider';
    to = `/documents/request?verification=${reason}&via=${via}`;
  }
  const res = NextResponse.redirect(new URL(to, getConfig().appUrl), 303);
  res.cookies.set(cookie.name, '', { ...cookie.options, maxAge: 0 });
  return res;
}

/** Only a fixed word goes into the address: the request page turns it into the provider's name. */
function viaOf(key: string | null): string {
  if (key === 'google' || key === 'microsoft') return key;
  return key?.startsWith('sso:') ? 'sso' : 'provider';
}
