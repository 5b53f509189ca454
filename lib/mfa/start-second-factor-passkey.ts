import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { minutesText, peek } from '@/lib/security/rate-limit';
import { findPendingSignIn } from './pending-sign-in';
import { CEREMONY_TIMEOUT_MS, createChallenge, USER_VERIFICATION, webauthnSettings } from './webauthn';

/** Options for a passkey as the second step: only this user's credentials, a challenge bound to the attempt. */
export async function startSecondFactorPasskey(
  _ctx: Ctx,
  input: { ticket: string },
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const pending = await findPendingSignIn(input.ticket);
  const limit = await peek('secondFactorPerAccount', pending.userId);
  if (limit.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(limit.retryAfterSeconds) });
  return db().$transaction(async (tx) => {
    const credentials = await tx.webAuthnCredential.findMany({
      where: { userId: pending.userId },
      select: { credentialId: true, transports: true },
    });
    if (!credentials.length) throw new AppError('PASSKEY_NONE_REGISTERED');
    const challenge = await createChallenge(tx, {
      ceremony: 'SECOND_FACTOR',
      userId: pending.userId,
      signInTicketId: pending.id,
    });
    return generateAuthenticationOptions({
      rpID: webauthnSettings().rpID,
      challenge: Buffer.from(challenge, 'base64url'),
      timeout: CEREMONY_TIMEOUT_MS,
      allowCredentials: credentials.map((c) => ({ id: c.credentialId, transports: c.transports })),
      userVerification: USER_VERIFICATION.SECOND_FACTOR,
    });
  });
}
