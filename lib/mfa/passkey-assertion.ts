import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import { db } from '@/lib/db';
import type { WebAuthnCeremony, WebAuthnCredential } from '@/lib/generated/prisma/client';
import { claimChallenge, webauthnSettings } from './webauthn';

export type AssertionFailure = 'challenge' | 'unknown-credential' | 'not-verified' | 'counter-regression';
export type AssertionResult =
  | { ok: true; credential: WebAuthnCredential }
  | { ok: false; reason: AssertionFailure; credential?: WebAuthnCredential };

/**
 * Verifies a WebAuthn assertion for a ceremony: challenge claimed first (single use, R16), credential
 * looked up (and, for a second factor, required to be the user's own), signature, origin, RP ID and the
 * user-verification flag the options asked for; then the signature counter moves forward atomically —
 * a counter that does not increase means a cloned authenticator and is refused.
 */
export async function verifyPasskeyAssertion(
  response: AuthenticationResponseJSON,
  expected: { ceremony: WebAuthnCeremony; userId?: string; signInTicketId?: string },
): Promise<AssertionResult> {
  const claimed = await claimChallenge(response, expected);
  if (!claimed) return { ok: false, reason: 'challenge' };
  const credential = await db().webAuthnCredential.findUnique({ where: { credentialId: response.id } });
  if (!credential || (expected.userId !== undefined && credential.userId !== expected.userId))
    return { ok: false, reason: 'unknown-credential' };
  // A discoverable credential reports whose it is; it must agree with our record.
  const handle = response.response.userHandle;
  if (handle && Buffer.from(handle, 'base64url').toString('utf8') !== credential.userId)
    return { ok: false, reason: 'unknown-credential' };

  const { rpID, origin } = webauthnSettings();
  let newCounter: number;
  let backedUp: boolean;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: claimed.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: credential.credentialId,
        publicKey: new Uint8Array(credential.publicKey),
        counter: Number(credential.counter),
        transports: credential.transports,
      },
      requireUserVerification: claimed.userVerification === 'required',
    });
    if (!result.verified) return { ok: false, reason: 'not-verified', credential };
    newCounter = result.authenticationInfo.newCounter;
    backedUp = result.authenticationInfo.credentialBackedUp;
  } catch (err) {
    const regression = err instanceof Error && /counter value/i.test(err.message);
    return { ok: false, reason: regression ? 'counter-regression' : 'not-verified', credential };
  }
  // Conditional on the counter we verified against: a concurrent assertion that moved it first wins.
  const updated = await db().webAuthnCredential.updateMany({
    where: { id: credential.id, counter: credential.counter },
    data: { counter: BigInt(newCounter), lastUsedAt: new Date(), backedUp },
  });
  if (updated.count !== 1 && newCounter > 0) return { ok: false, reason: 'counter-regression', credential };
  return { ok: true, credential };
}
