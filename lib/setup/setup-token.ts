import crypto from 'node:crypto';
import type { DbTransaction, PrismaClient } from '@/lib/db';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { formatReason } from '@/lib/messages/errors';

// First-run setup tokens: 256 random bits, shown once (server log or `npm run setup`), stored only as
// their SHA-256, valid for 24 hours and used once. Every server start while setup is pending issues one.

export const SETUP_TOKEN_TTL_HOURS = 24;

export type SetupTokenSource = 'server' | 'cli';

export async function issueSetupToken(
  client: PrismaClient | DbTransaction,
  source: SetupTokenSource,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_HOURS * 3_600_000);
  await client.setupToken.create({ data: { tokenHash: sha256Hex(token), source, createdAt: now, expiresAt } });
  return { token, expiresAt };
}

export type SetupTokenCheck =
  { state: 'valid'; id: string; source: string } | { state: 'expired' | 'used'; id: string } | { state: 'unknown' };

/**
 * Which stored token this is, if any. The digest is compared with every stored token in constant time
 * (there are only a handful), so how long the answer takes says nothing about how close a guess was.
 */
export async function checkSetupToken(
  client: PrismaClient | DbTransaction,
  token: string,
  now = new Date(),
): Promise<SetupTokenCheck> {
  const digest = Buffer.from(sha256Hex(token), 'hex');
  const rows = await client.setupToken.findMany({
    select: { id: true, tokenHash: true, source: true, expiresAt: true, usedAt: true },
  });
  let match: (typeof rows)[number] | null = null;
  for (const row of rows) {
    const stored = Buffer.from(row.tokenHash, 'hex');
    if (stored.length === digest.length && crypto.timingSafeEqual(stored, digest)) match = row;
  }
  if (!match) return { state: 'unknown' };
  if (match.usedAt) return { state: 'used', id: match.id };
  if (match.expiresAt <= now) return { state: 'expired', id: match.id };
  return { state: 'valid', id: match.id, source: match.source };
}

/** What a person is told about a token that does not work, and why (kept in the audit event). */
export const SETUP_TOKEN_MESSAGES = {
  unknown: formatReason('SETUP_TOKEN_UNKNOWN'),
  expired: formatReason('SETUP_TOKEN_EXPIRED', { hours: SETUP_TOKEN_TTL_HOURS }),
  used: formatReason('SETUP_TOKEN_USED'),
} as const;
