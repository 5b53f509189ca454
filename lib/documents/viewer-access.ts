import type { DbTransaction, PrismaClient } from '@/lib/db';

export type AccessEnded = 'revoked' | 'expired' | 'invalid';

/**
 * The one check behind every viewer page and download: the request's grant must exist, be unrevoked and
 * unexpired, and cover the document. Read from the database each time, so revocation works at once.
 */
export async function activeGrant(client: PrismaClient | DbTransaction, requestId: string, now = new Date()) {
  const grant = await client.documentAccessGrant.findUnique({ where: { requestId }, include: { request: true } });
  if (!grant) return { ok: false as const, reason: 'invalid' as AccessEnded };
  if (grant.revokedAt) return { ok: false as const, reason: 'revoked' as AccessEnded };
  if (grant.expiresAt <= now) return { ok: false as const, reason: 'expired' as AccessEnded };
  return { ok: true as const, grant };
}
