import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { rotateSession } from '@/lib/auth/rotate-session';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { suspendedError } from '@/lib/customers/status';
import { AppError } from '@/lib/errors';

/**
 * Moves the session to another organization the user is an active member of (a new session id, R18);
 * the caller sets the returned token as the cookie. Not from a support session: staff leave it instead.
 */
export async function switchOrganization(
  ctx: Ctx,
  input: { organizationId: string },
): Promise<{ sessionToken: string; organizationName: string }> {
  assertSignedIn(ctx);
  const { session } = ctx;
  if (session.supportGrant) throw new AppError('SUPPORT_SESSION_LEAVE_FIRST');
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: session.user.id, organizationId: input.organizationId } },
      include: { organization: { select: { name: true, status: true } } },
    });
    if (!membership || membership.deactivatedAt) throw new AppError('NOT_A_MEMBER_OF_ORGANIZATION');
    // Moving into a suspended organization would only end this session on the next request: say why instead.
    if (membership.organization.status !== 'ACTIVE') throw suspendedError(membership.organization);
    const { token, sessionId } = await rotateSession(tx, {
      sessionId: session.sessionId,
      organizationId: input.organizationId,
      supportGrantId: null,
      meta: ctx.meta,
      reason: 'switched organization',
    });
    await recordAudit(tx, {
      organizationId: input.organizationId,
      action: 'user.organization_switched',
      actor: actorOf(ctx),
      target: { type: 'session', id: sessionId },
      changes: {
        before: { organization: session.organization?.name ?? null },
        after: { organization: membership.organization.name },
      },
      meta: ctx.meta,
    });
    return { sessionToken: token, organizationName: membership.organization.name };
  });
}
