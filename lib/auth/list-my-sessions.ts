import { assertSignedIn } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { describeUserAgent, type SessionDTO } from './sessions-dto';

/** The signed-in user's live sessions, newest activity first (R21). */
export async function listMySessions(ctx: Ctx): Promise<SessionDTO[]> {
  assertSignedIn(ctx);
  const { sessionId } = ctx.session;
  const now = new Date();
  const rows = await db().session.findMany({
    where: { userId: ctx.session.user.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: 'desc' },
  });
  return rows.map((s) => ({
    id: s.id,
    device: describeUserAgent(s.userAgent),
    ip: s.ip,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    current: s.id === sessionId,
    sso: s.ssoConnectionId ? (s.ssoMfa === 'amr' || s.ssoMfa === 'connection' ? s.ssoMfa : 'plain') : null,
  }));
}
