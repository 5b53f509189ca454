import crypto from 'node:crypto';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import type { Prisma, WebAuthnCeremony } from '@/lib/generated/prisma/client';
import { sha256Hex } from '@/lib/auth/tokens';

// WebAuthn ceremonies share these rules (R16): the challenge is 256 bits from the CSPRNG, only its hash is
// stored, it is bound to its ceremony (and to the user or the sign-in attempt), it lives 5 minutes, and it
// is consumed by the first response that names it — before verification, so a failed attempt burns it too.

export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CEREMONY_TIMEOUT_MS = 2 * 60_000;

export type UserVerification = 'required' | 'preferred' | 'discouraged';

/** What the options ask for decides what verification demands: the two can never disagree. */
export const USER_VERIFICATION: Record<WebAuthnCeremony, UserVerification> = {
  // Registration: passkeys verify the user, plain security keys may not; both are welcome.
  REGISTRATION: 'preferred',
  // After a password the key is the possession factor; a PIN on top is not needed.
  SECOND_FACTOR: 'discouraged',
  // Without a password the authenticator must verify the user itself (PIN, biometrics).
  PASSWORDLESS: 'required',
};

export function webauthnSettings() {
  const { rpId, rpName, origin } = getConfig().webauthn;
  return { rpID: rpId, rpName, origin };
}

export async function createChallenge(
  tx: Prisma.TransactionClient,
  input: { ceremony: WebAuthnCeremony; userId?: string | null; signInTicketId?: string | null },
): Promise<string> {
  const challenge = crypto.randomBytes(32).toString('base64url');
  const now = Date.now();
  // Expired challenges are useless; clearing them here keeps the table small without a job.
  await tx.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now - CHALLENGE_TTL_MS) } } });
  await tx.webAuthnChallenge.create({
    data: {
      challengeHash: sha256Hex(challenge),
      ceremony: input.ceremony,
      userId: input.userId ?? null,
      signInTicketId: input.signInTicketId ?? null,
      userVerification: USER_VERIFICATION[input.ceremony],
      expiresAt: new Date(now + CHALLENGE_TTL_MS),
    },
  });
  return challenge;
}

/** The challenge the browser signed, read from clientDataJSON (verification re-checks it). */
export function challengeOf(response: RegistrationResponseJSON | AuthenticationResponseJSON): string | null {
  try {
    const clientData = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8')) as {
      challenge?: unknown;
    };
    return typeof clientData.challenge === 'string' && clientData.challenge.length <= 128 ? clientData.challenge : null;
  } catch {
    return null;
  }
}

export interface ClaimedChallenge {
  challenge: string;
  userVerification: UserVerification;
}

/**
 * Claims the challenge for this ceremony and binding, once, in its own committed transaction: whatever
 * happens next, it cannot be presented again. Null when unknown, expired, used or bound elsewhere.
 */
export async function claimChallenge(
  response: RegistrationResponseJSON | AuthenticationResponseJSON,
  expected: { ceremony: WebAuthnCeremony; userId?: string; signInTicketId?: string },
): Promise<ClaimedChallenge | null> {
  const challenge = challengeOf(response);
  if (!challenge) return null;
  const now = new Date();
  const row = await db().webAuthnChallenge.findUnique({ where: { challengeHash: sha256Hex(challenge) } });
  if (!row) return null;
  const claimed = await db().webAuthnChallenge.updateMany({
    where: { id: row.id, consumedAt: null },
    data: { consumedAt: now },
  });
  if (claimed.count !== 1) return null;
  const bound =
    row.ceremony === expected.ceremony &&
    row.expiresAt > now &&
    (expected.userId === undefined || row.userId === expected.userId) &&
    (expected.signInTicketId === undefined || row.signInTicketId === expected.signInTicketId);
  return bound ? { challenge, userVerification: row.userVerification as UserVerification } : null;
}

export type DeviceType = 'singleDevice' | 'multiDevice';
