import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import { assertRecentlyReauthenticated, assertSignedIn } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { CEREMONY_TIMEOUT_MS, createChallenge, USER_VERIFICATION, webauthnSettings } from './webauthn';

/** The WebAuthn user handle: the user id's bytes (opaque, no personal data). */
export const userHandleOf = (userId: string) => new TextEncoder().encode(userId);

/** Options for navigator.credentials.create (sudo), with a fresh challenge bound to this user. */
export async function startPasskeyRegistration(ctx: Ctx): Promise<PublicKeyCredentialCreationOptionsJSON> {
  assertSignedIn(ctx);
  assertRecentlyReauthenticated(ctx);
  const { user } = ctx.session;
  const { rpID, rpName } = webauthnSettings();
  return db().$transaction(async (tx) => {
    const existing = await tx.webAuthnCredential.findMany({
      where: { userId: user.id },
      select: { credentialId: true, transports: true },
    });
    const challenge = await createChallenge(tx, { ceremony: 'REGISTRATION', userId: user.id });
    return generateRegistrationOptions({
      rpName,
      rpID,
      userName: user.email,
      userDisplayName: user.name,
      userID: userHandleOf(user.id),
      challenge: Buffer.from(challenge, 'base64url'),
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      // The same authenticator cannot be registered twice.
      excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
      // Discoverable when the authenticator can (passkeys: passwordless sign-in), plain keys welcome too.
      authenticatorSelection: { residentKey: 'preferred', userVerification: USER_VERIFICATION.REGISTRATION },
      extensions: { credProps: true },
    });
  });
}
