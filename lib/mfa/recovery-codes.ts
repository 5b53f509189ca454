import crypto from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';

// Recovery codes: 16 symbols of Crockford's base32 = 80 bits each (R15 asks ≥ 20), shown once and stored
// only as SHA-256 — at 80 bits a leaked hash cannot be brute-forced. Typing is forgiving: case, spaces,
// dashes and the look-alikes O/0, I/L/1 do not matter.

export const RECOVERY_CODE_COUNT = 10;
/** The security page warns when this many or fewer remain. */
export const RECOVERY_CODES_LOW = 3;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;

export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(LENGTH);
  // 256 is a multiple of 32: taking the low 5 bits of each byte is unbiased.
  const raw = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  return raw.match(/.{4}/g)!.join('-');
}

export function normalizeRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function looksLikeRecoveryCode(input: string): boolean {
  const n = normalizeRecoveryCode(input);
  return n.length === LENGTH && [...n].every((c) => ALPHABET.includes(c));
}

/** Salted with the user id, so equal codes of two users never share a hash. */
export function hashRecoveryCode(userId: string, code: string): string {
  return crypto
    .createHash('sha256')
    .update(`${userId}:${normalizeRecoveryCode(code)}`)
    .digest('hex');
}

/** Replaces every code of the user with a new set and returns the codes (the only time they exist). */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })),
  });
  return codes;
}

/**
 * Uses a code once: the conditional update lets exactly one of two racing requests claim it (R15).
 */
export async function consumeRecoveryCode(
  tx: Prisma.TransactionClient,
  userId: string,
  code: string,
): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const claimed = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(userId, code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return claimed.count === 1;
}

export async function remainingRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  return tx.recoveryCode.count({ where: { userId, usedAt: null } });
}
