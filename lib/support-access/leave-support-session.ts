import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { rotateSession } from '@/lib/auth/rotate-session';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Back from the customer's account to the staff member's own organization (a new session id, R18). */
export async function leaveSupportSession(ctx: Ctx): Promise<{ sessionToken: string }> {
  assertSignedIn(ctx);
  const { session } = ctx;
  const grant = session.supportGrant;
  if (!grant) throw new AppError('NOT_A_SUPPORT_SESSION');
  return db().$transaction(async (tx) => {
    const home = await tx.membership.findFirst({
      where: { userId: session.user.id, deactivatedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { organizationId: true },
    });
    const { token } = await rotateSession(tx, {
      sessionId: session.sessionId,
      organizationId: home?.organizationId ?? null,
      supportGrantId: null,
      meta: ctx.meta,
      reason: 'left support session',
    });
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'support_access.left',
      actor: actorOf(ctx),
      target: { type: 'support_grant', id: grant.id, label: grant.reference },
      meta: ctx.meta,
    });
    return { sessionToken: token };
  });
}
