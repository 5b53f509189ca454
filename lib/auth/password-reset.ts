import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { notify } from '@/lib/notifications/notify';
import { authEmails } from './emails';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { userActor } from './actor';
import { hashPassword } from './password-hash';
import { passwordProblems } from './password-policy';
import { revokeSessionsWhere } from './sessions';
import { randomToken, sha256Hex } from './tokens';

export const RESET_TOKEN_MINUTES = 30;

/**
 * Counts a reset request against the limits. Separate from the work itself so the caller can answer
 * before the work runs: the answer and its timing are the same whether or not the account exists (R8).
 */
export async function checkResetRequestAllowed(ctx: Ctx, input: { email: string }): Promise<void> {
  const [ip, account] = await Promise.all([
    consume('passwordResetPerIp', ctx.meta.ip ?? 'unknown'),
    consume('passwordResetPerAccount', input.email),
  ]);
  if (ip.limited || account.limited) {
    const wait = Math.max(ip.retryAfterSeconds, account.retryAfterSeconds);
    throw new AppError('PASSWORD_RESET_RATE_LIMITED', { wait: minutesText(wait) });
  }
}

/** Emails a single-use link (256-bit token, stored hashed, 30 minutes) when the account exists (R7). */
export async function requestPasswordReset(ctx: Ctx, input: { email: string }): Promise<void> {
  const user = await db().user.findUnique({ where: { email: input.email }, include: { memberships: { take: 1 } } });
  if (!user || user.status !== 'ACTIVE') return;
  const token = randomToken(32);
  const { brand, appUrl } = getConfig();
  await db().$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: {
        tokenHash: sha256Hex(token),
        userId: user.id,
        requestedIp: ctx.meta.ip,
        expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000),
      },
    });
    await recordAudit(tx, {
      organizationId: user.memberships[0]?.organizationId ?? null,
      action: 'auth.password.reset_requested',
      actor: { type: 'ANONYMOUS', id: null, label: null },
      target: { type: 'user', id: user.id, label: user.email },
      meta: ctx.meta,
    });
    const url = new URL('/reset-password', appUrl);
    url.searchParams.set('token', token);
    await enqueueMail(tx, {
      to: user.email,
      template: 'passwordReset',
      rendered: authEmails.passwordReset({
        brand: brand.name,
        name: user.name,
        url: url.toString(),
        minutes: RESET_TOKEN_MINUTES,
      }),
    });
  });
}

/**
 * Sets a new password from a reset link. It signs nobody in: the user then signs in with the new
 * password and, if enrolled, their second factor — a reset never skips it (R7). Every session ends.
 */
export async function resetPassword(ctx: Ctx, input: { token: string; newPassword: string }): Promise<void> {
  const limit = await consume('resetTokenPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(limit.retryAfterSeconds) });

  const invalid = new AppError('PASSWORD_RESET_LINK_INVALID', undefined, {
    token: [fieldMessage('RESET_LINK_INVALID')],
  });
  const tokenHash = sha256Hex(input.token);
  const pending = await db().passwordResetToken.findUnique({
    where: { tokenHash },
    include: { user: { include: { memberships: { take: 1 } } } },
  });
  if (!pending || pending.usedAt || pending.expiresAt <= new Date() || pending.user.status !== 'ACTIVE') throw invalid;

  // Policy first, so a rejected password does not burn the link.
  const problems = passwordProblems(input.newPassword, { email: pending.user.email, name: pending.user.name });
  if (problems.length) throw new AppError('VALIDATION', undefined, { newPassword: problems });
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  const { brand, supportEmail } = getConfig();

  await db().$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: pending.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw invalid;
    // Any other outstanding links die with this one.
    await tx.passwordResetToken.updateMany({ where: { userId: pending.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: pending.userId }, data: { passwordHash, passwordChangedAt: now } });
    const ended = await revokeSessionsWhere(tx, { userId: pending.userId }, 'password reset');
    await recordAudit(tx, {
      organizationId: pending.user.memberships[0]?.organizationId ?? null,
      action: 'auth.password.reset',
      actor: userActor(pending.user),
      target: { type: 'user', id: pending.userId, label: pending.user.email },
      changes: { sessionsEnded: ended },
      meta: ctx.meta,
    });
    await notify(tx, {
      event: 'auth.password_changed',
      organizationId: pending.user.memberships[0]?.organizationId ?? null,
      userId: pending.userId,
      title: 'Password reset',
      body: `Your password was reset from a link sent to your email${ctx.meta.ip ? ` (from ${ctx.meta.ip})` : ''}; every session was signed out.`,
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
  });
}
