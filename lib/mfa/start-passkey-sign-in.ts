import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { CEREMONY_TIMEOUT_MS, createChallenge, USER_VERIFICATION, webauthnSettings } from './webauthn';

/**
 * Options for "Sign in with a passkey" and for the email field's autofill (conditional UI): no user is
 * known yet, so no credentials are listed (discoverable credentials), and user verification is required.
 */
export async function startPasskeySignIn(ctx: Ctx): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const limit = await consume('passkeyOptionsPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(limit.retryAfterSeconds) });
  const challenge = await db().$transaction((tx) => createChallenge(tx, { ceremony: 'PASSWORDLESS' }));
  return generateAuthenticationOptions({
    rpID: webauthnSettings().rpID,
    challenge: Buffer.from(challenge, 'base64url'),
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: USER_VERIFICATION.PASSWORDLESS,
  });
}
