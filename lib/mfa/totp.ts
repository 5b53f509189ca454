import crypto from 'node:crypto';
import { generateURI, verify, type HashAlgorithm } from 'otplib';

// RFC 6238 codes through otplib v13. Our policy on top of it: the window is past-only by one step on the
// server's clock (R14), and a step once accepted is never accepted again (R12) — the caller stores the
// step this returns and passes it back as lastUsedStep.

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export interface TotpParams {
  algorithm: TotpAlgorithm;
  digits: number;
  period: number;
}

/** What every authenticator app understands. */
export const TOTP_DEFAULTS: TotpParams = { algorithm: 'SHA1', digits: 6, period: 30 };

/** 160 random bits from the CSPRNG, the size RFC 4226 recommends (R11). */
export function newTotpSecret(): Buffer {
  return crypto.randomBytes(20);
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as authenticator apps expect. */
export function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** "ABCD EFGH …": easier to type into an app by hand. */
export function groupKey(base32: string): string {
  return base32.match(/.{1,4}/g)?.join(' ') ?? base32;
}

export function otpauthUri(p: { issuer: string; account: string; secret: Uint8Array; params?: TotpParams }): string {
  const params = p.params ?? TOTP_DEFAULTS;
  return generateURI({
    issuer: p.issuer,
    label: p.account,
    secret: toBase32(p.secret),
    algorithm: params.algorithm.toLowerCase() as HashAlgorithm,
    digits: params.digits,
    period: params.period,
  });
}

export const timeStepAt = (nowMs: number, period = TOTP_DEFAULTS.period) => Math.floor(nowMs / 1000 / period);

export type TotpCheck =
  | { valid: true; step: number }
  /** reused: the code is right but its step was already used (a replay, or someone who saw it). */
  | { valid: false; reused: boolean };

/**
 * Checks a code against the current and the previous time step only (never a future one), skipping steps
 * at or before lastUsedStep.
 */
export async function checkTotpCode(p: {
  secret: Uint8Array;
  code: string;
  params?: TotpParams;
  lastUsedStep?: number | null;
  now?: number;
}): Promise<TotpCheck> {
  const params = p.params ?? TOTP_DEFAULTS;
  const code = p.code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${params.digits}}$`).test(code)) return { valid: false, reused: false };
  const epoch = Math.floor((p.now ?? Date.now()) / 1000);
  const options = {
    secret: p.secret,
    token: code,
    epoch,
    algorithm: params.algorithm.toLowerCase() as HashAlgorithm,
    digits: params.digits,
    period: params.period,
    // [past, future] in seconds: one step back, nothing ahead (R14).
    epochTolerance: [params.period, 0] as [number, number],
  };
  const current = Math.floor(epoch / params.period);
  const last = p.lastUsedStep ?? null;
  if (last === null || last < current) {
    const fresh = await verify({ ...options, afterTimeStep: last ?? undefined });
    if (fresh.valid) return { valid: true, step: current + fresh.delta };
  }
  if (last === null) return { valid: false, reused: false };
  // Wrong, or right for a step already used? The difference matters: a reuse is reported (R13).
  const any = await verify(options);
  return { valid: false, reused: any.valid };
}
