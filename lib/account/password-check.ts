import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { verifyPassword } from '@/lib/auth/password-hash';
import type { SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';

/**
 * Re-authentication inside the form itself (R23): the current password, typed with the change, so the
 * form works without JavaScript. Wrong passwords count against the session's limit and are audited.
 */
export async function assertCurrentPassword(ctx: SignedInCtx, password: string): Promise<{ id: string; email: string; name: string }> {
  const { session } = ctx;
  if (session.supportGrant) throw new AppError('FORBIDDEN', 'Leave the support session first: this changes your own account.');
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id } });
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return user;
  const limit = await consume('reauthPerSession', session.sessionId);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'auth.reauth.failed',
      actor: actorOf(ctx),
      target: { type: 'session', id: session.sessionId },
      outcome: 'FAILURE',
      meta: ctx.meta,
    }),
  );
  if (limit.limited) throw new AppError('RATE_LIMITED', `Too many wrong passwords. Try again in ${minutesText(limit.retryAfterSeconds)}.`);
  throw new AppError('VALIDATION', undefined, { password: ['That password is not correct.'] });
}
