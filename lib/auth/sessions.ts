import type { Prisma } from '@/lib/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { randomToken, sha256Hex } from './tokens';

// Server-side sessions (R18–R22): the cookie carries a 256-bit random token; the database keeps only its
// hash and decides on every request whether the session is still alive.

const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    organizationId: string | null;
    ip: string | null;
    userAgent: string | null;
    reauthenticated?: boolean;
    sso?: { connectionId: string; subject: string | null; sid: string | null; mfa?: string | null };
  },
): Promise<{ token: string; sessionId: string }> {
  const { absoluteHours } = getConfig().session;
  const token = randomToken(32);
  const now = new Date();
  const row = await tx.session.create({
    data: {
      tokenHash: sha256Hex(token),
      userId: input.userId,
      organizationId: input.organizationId,
      ip: input.ip,
      userAgent: input.userAgent,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + absoluteHours * 3_600_000),
      reauthenticatedAt: input.reauthenticated ? now : null,
      ssoConnectionId: input.sso?.connectionId ?? null,
      ssoSubject: input.sso?.subject ?? null,
      ssoSid: input.sso?.sid ?? null,
      ssoMfa: input.sso?.mfa ?? null,
    },
    select: { id: true },
  });
  return { token, sessionId: row.id };
}

export type LiveSession = Prisma.SessionGetPayload<{
  include: { user: true; organization: true };
}>;

export type SessionEnd = 'revoked' | 'expired' | 'idle' | 'user-deactivated' | 'unknown';

/** The session behind a cookie token, or why there is none. Ends idle sessions as it finds them. */
export async function resolveSession(
  token: string,
  now = new Date(),
): Promise<{ session: LiveSession } | { ended: SessionEnd }> {
  const prisma = db();
  const session = await prisma.session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: { user: true, organization: true },
  });
  if (!session) return { ended: 'unknown' };
  if (session.revokedAt) return { ended: 'revoked' };
  if (session.expiresAt <= now) return { ended: 'expired' };
  const idleLimit = getConfig().session.idleMinutes * 60_000;
  if (now.getTime() - session.lastSeenAt.getTime() > idleLimit) {
    await prisma.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: 'idle timeout' },
    });
    return { ended: 'idle' };
  }
  if (session.user.status !== 'ACTIVE') {
    await prisma.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: 'user deactivated' },
    });
    return { ended: 'user-deactivated' };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    // Throttled so that a busy page does not write on every request.
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { session };
}

export async function revokeSessionsWhere(
  tx: Prisma.TransactionClient,
  where: Prisma.SessionWhereInput,
  reason: string,
): Promise<number> {
  const res = await tx.session.updateMany({
    where: { ...where, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return res.count;
}
