import { db } from '@/lib/db';
import type { Prisma, TotpFactor } from '@/lib/generated/prisma/client';
import { needsResealing, open, seal } from './secret-box';
import { checkTotpCode, type TotpAlgorithm, type TotpParams } from './totp';

// Storage of the authenticator-app secret, and the one place a code is accepted.

const context = (userId: string) => `totp:${userId}`;

export function sealTotpSecret(userId: string, secret: Uint8Array) {
  const sealed = seal(secret, context(userId));
  return { secretCiphertext: sealed.ciphertext, secretKeyId: sealed.keyId };
}

export function openTotpSecret(row: Pick<TotpFactor, 'userId' | 'secretCiphertext' | 'secretKeyId'>): Buffer {
  return open({ ciphertext: row.secretCiphertext, keyId: row.secretKeyId }, context(row.userId));
}

export const paramsOf = (row: Pick<TotpFactor, 'algorithm' | 'digits' | 'period'>): TotpParams => ({
  algorithm: row.algorithm as TotpAlgorithm,
  digits: row.digits,
  period: row.period,
});

export type TotpAcceptance = { ok: true } | { ok: false; reused: boolean };

/**
 * Accepts a code for the user's confirmed authenticator at most once: the stored step moves forward
 * only through a conditional update, so of two requests racing with the same code exactly one wins,
 * and the other is reported as a reuse (R12, R13).
 */
export async function acceptTotpCode(
  tx: Prisma.TransactionClient,
  userId: string,
  code: string,
  now = Date.now(),
): Promise<TotpAcceptance> {
  const row = await tx.totpFactor.findFirst({ where: { userId, confirmedAt: { not: null } } });
  if (!row) return { ok: false, reused: false };
  const secret = openTotpSecret(row);
  const check = await checkTotpCode({ secret, code, params: paramsOf(row), lastUsedStep: row.lastUsedStep, now });
  if (!check.valid) return { ok: false, reused: check.reused };
  const claimed = await tx.totpFactor.updateMany({
    where: { id: row.id, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] },
    data: {
      lastUsedStep: check.step,
      lastUsedAt: new Date(now),
      // Rotation happens as secrets are used: a secret under an old key is re-sealed under the current one.
      ...(needsResealing({ keyId: row.secretKeyId }) ? sealTotpSecret(userId, secret) : {}),
    },
  });
  return claimed.count === 1 ? { ok: true } : { ok: false, reused: true };
}

/**
 * Re-seals every secret not under the current key (operators run scripts/mfa-rotate-keys.ts). Secrets whose
 * key is no longer configured cannot be read: they are counted, left as they are, and need that key back
 * (or their users re-enrol).
 */
export async function resealAllTotpSecrets(): Promise<{ resealed: number; unreadable: number }> {
  let resealed = 0;
  let unreadable = 0;
  const rows = await db().totpFactor.findMany({
    select: { id: true, userId: true, secretCiphertext: true, secretKeyId: true },
  });
  for (const row of rows) {
    if (!needsResealing({ keyId: row.secretKeyId })) continue;
    let secret: Buffer;
    try {
      secret = openTotpSecret(row);
    } catch {
      unreadable++;
      continue;
    }
    const done = await db().totpFactor.updateMany({
      where: { id: row.id, secretKeyId: row.secretKeyId },
      data: sealTotpSecret(row.userId, secret),
    });
    resealed += done.count;
  }
  return { resealed, unreadable };
}
