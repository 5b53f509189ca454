import type { Prisma } from '@/lib/generated/prisma/client';
import type { RequestMeta } from '@/lib/request-context';
import { createSession, revokeSessionsWhere } from './sessions';

/**
 * Replaces a session by a new one (new id, R18) when what it may do changes: joining or switching an
 * organization, entering or leaving a support session. The new session keeps the original sign-in time
 * and absolute limit (never extending it), can end sooner (a support grant's expiry), and starts without
 * sudo mode. The caller sets the returned token as the new cookie.
 */
export async function rotateSession(
  tx: Prisma.TransactionClient,
  input: {
    sessionId: string;
    organizationId: string | null;
    supportGrantId: string | null;
    endsBy?: Date;
    meta: RequestMeta;
    reason: string;
  },
): Promise<{ token: string; sessionId: string }> {
  const old = await tx.session.findUniqueOrThrow({ where: { id: input.sessionId } });
  const created = await createSession(tx, {
    userId: old.userId,
    organizationId: input.organizationId,
    ip: input.meta.ip ?? old.ip,
    userAgent: input.meta.userAgent ?? old.userAgent,
  });
  const expiresAt = input.endsBy && input.endsBy < old.expiresAt ? input.endsBy : old.expiresAt;
  await tx.session.update({
    where: { id: created.sessionId },
    data: { createdAt: old.createdAt, expiresAt, supportGrantId: input.supportGrantId },
  });
  await revokeSessionsWhere(tx, { id: old.id }, input.reason);
  return created;
}
