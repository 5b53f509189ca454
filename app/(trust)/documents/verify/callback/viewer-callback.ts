import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { finishViewerVerification, ViewerVerificationError } from '@/lib/documents/finish-viewer-verification';
import { AppError, toErrorResult } from '@/lib/errors';
import { logger } from '@/lib/log';
import { browserBinding } from '@/lib/sso/cookies';
import { anonymousRequestCtx } from '../../request-ctx';

/**
 * A provider's answer to a prospect confirming their work email: GET /documents/verify/callback (Google,
 * Microsoft) or /api/sso/callback (a customer's connection, whose admin registered that one address).
 * Success ends where the emailed link ends; every refusal ends on the request form with a message saying
 * what to do (the address carries a reason from a fixed list, never text).
 */
export async function viewerCallback(req: NextRequest): Promise<NextResponse> {
  // The address the provider was given, with the answer's parameters: the token request must repeat it.
  const callbackUrl = new URL(`${req.nextUrl.pathname}${req.nextUrl.search}`, getConfig().appUrl).href;
  let to: string;
  try {
    const outcome = await finishViewerVerification(await anonymousRequestCtx(), {
      callbackUrl,
      browserBinding: await browserBinding(),
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
  return NextResponse.redirect(new URL(to, getConfig().appUrl), 303);
}

/** Only a fixed word goes into the address: the request page turns it into the provider's name. */
function viaOf(key: string | null): string {
  if (key === 'google' || key === 'microsoft') return key;
  return key?.startsWith('sso:') ? 'sso' : 'provider';
}
