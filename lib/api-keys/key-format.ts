// API keys look like tc_3f9a0c1b7e_<43 characters>: a public prefix that people and the server use to
// find the key, and a 256-bit secret. Only the SHA-256 of the whole key is stored — the secret is random
// and long, so a fast hash is enough, and the key cannot be recovered from the database.
import crypto from 'node:crypto';
import { sha256Hex } from '@/lib/auth/tokens';

const KEY_PATTERN = /^(tc_[0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = `tc_${crypto.randomBytes(5).toString('hex')}`;
  const key = `${prefix}_${crypto.randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: sha256Hex(key) };
}

/** The prefix of a well-formed key, or null: anything else is not worth a database lookup. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Constant-time comparison of a presented key with the stored hash. */
export function apiKeyMatches(key: string, secretHash: string): boolean {
  const a = Buffer.from(sha256Hex(key), 'hex');
  const b = Buffer.from(secretHash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
