import crypto from 'node:crypto';

/** 256 bits from the CSPRNG, URL-safe. Used for session ids, tickets and reset links (≥ 128 bits, R7/R18). */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Tokens are stored only as this digest, so a database leak yields nothing usable. */
export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}
