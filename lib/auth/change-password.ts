import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { notify } from '@/lib/notifications/notify';
import { authEmails } from './emails';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TChangePassword } from '@/lib/validation/auth';
import { actorOf } from './actor';
import { hashPassword, verifyPassword } from './password-hash';
import { passwordProblems } from './password-policy';
import { revokeSessionsWhere } from './sessions';

/** Needs the current password; ends every other session and tells the user by email (R4). */
export async function changePassword(ctx: Ctx, input: TChangePassword): Promise<{ otherSessionsEnded: number }> {
  assertSignedIn(ctx);
  const { session } = ctx;
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id } });

  const problems = passwordProblems(input.newPassword, { email: user.email, name: user.name });
  if (problems.length) throw new AppError('VALIDATION', undefined, { newPassword: problems });

  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const limit = await consume('reauthPerSession', session.sessionId);
    if (limit.limited)
      throw new AppError('WRONG_PASSWORDS_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });
    throw new AppError('VALIDATION', undefined, { currentPassword: [fieldMessage('CURRENT_PASSWORD_WRONG')] });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', undefined, { newPassword: [fieldMessage('NEW_PASSWORD_SAME')] });
  }

  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now } });
    const otherSessionsEnded = await revokeSessionsWhere(
      tx,
      { userId: user.id, id: { not: session.sessionId } },
      'password changed',
    );
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'auth.password.changed',
      actor: actorOf(ctx),
      target: { type: 'user', id: user.id, label: user.email },
      changes: { otherSessionsEnded },
      meta: ctx.meta,
    });
    const { brand, supportEmail } = getConfig();
    await notify(tx, {
      event: 'auth.password_changed',
      organizationId: session.organization?.id ?? null,
      userId: user.id,
      title: 'Password changed',
      body: `Your password was changed${ctx.meta.ip ? ` from ${ctx.meta.ip}` : ''}; your other sessions were signed out.`,
      link: '/account/security',
      email: (r) =>
        authEmails.passwordChanged({
          brand: brand.name,
          name: r.name,
          when: now.toUTCString(),
          ip: ctx.meta.ip,
          supportEmail,
        }),
    });
    return { otherSessionsEnded };
  });
}
