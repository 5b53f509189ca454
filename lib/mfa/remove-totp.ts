import { assertRecentlyReauthenticated, assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { factorsOf, hasSecondFactor } from './factors';
import { noticeFactorRemoved } from './notices';
import { assertRemovalAllowed, auditingRefusal } from './removal-guard';

/**
 * Removes the authenticator app (sudo). Effective at once: the next code is checked against a factor
 * that no longer exists (R17). With no factor left, the recovery codes go too.
 */
export async function removeTotp(ctx: Ctx): Promise<{ twoFactorEnabled: boolean }> {
  assertSignedIn(ctx);
  assertRecentlyReauthenticated(ctx);
  const { session } = ctx;
  const userId = session.user.id;
  return auditingRefusal(ctx, () =>
    db().$transaction(async (tx) => {
      const before = await factorsOf(tx, userId);
      if (!before.totp) throw new AppError('TOTP_NOT_SET_UP');
      const after = { ...before, totp: false };
      await assertRemovalAllowed(tx, ctx, before, after, 'Your authenticator app');
      await tx.totpFactor.deleteMany({ where: { userId } });
      const stillOn = hasSecondFactor(after);
      if (!stillOn) await tx.recoveryCode.deleteMany({ where: { userId } });
      await recordAudit(tx, {
        organizationId: session.organization?.id ?? null,
        action: 'mfa.totp.removed',
        actor: actorOf(ctx),
        target: { type: 'user', id: userId, label: session.user.email },
        changes: { twoFactorStillOn: stillOn },
        meta: ctx.meta,
      });
      await noticeFactorRemoved(tx, ctx, 'An authenticator app', stillOn);
      return { twoFactorEnabled: stillOn };
    }),
  );
}
