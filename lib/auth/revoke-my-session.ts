import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { actorOf } from './actor';
import { revokeSessionsWhere } from './sessions';

/** Ends one of the user's own sessions. Someone else's session id answers NOT_FOUND, never "forbidden". */
export async function revokeMySession(ctx: Ctx, input: { sessionId: string }): Promise<void> {
  assertSignedIn(ctx);
  const { session } = ctx;
  await db().$transaction(async (tx) => {
    const count = await revokeSessionsWhere(tx, { id: input.sessionId, userId: session.user.id }, 'revoked by user');
    if (count === 0) throw new AppError('SESSION_NOT_FOUND');
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'session.revoked',
      actor: actorOf(ctx),
      target: { type: 'session', id: input.sessionId },
      changes: { current: input.sessionId === session.sessionId },
      meta: ctx.meta,
    });
  });
}

/** "Sign out everywhere else": every session of the user but this one. */
export async function revokeMyOtherSessions(ctx: Ctx): Promise<{ revoked: number }> {
  assertSignedIn(ctx);
  const { session } = ctx;
  return db().$transaction(async (tx) => {
    const revoked = await revokeSessionsWhere(
      tx,
      { userId: session.user.id, id: { not: session.sessionId } },
      'revoked by user (all others)',
    );
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'session.revoked_others',
      actor: actorOf(ctx),
      target: { type: 'user', id: session.user.id, label: session.user.email },
      changes: { revoked },
      meta: ctx.meta,
    });
    return { revoked };
  });
}
