import type { z } from 'zod';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { ZResetMemberTwoFactorSchema } from '@/lib/validation/mfa';
import { mfaEmails } from './emails';
import { factorsOf, hasSecondFactor } from './factors';

/**
 * An admin removes every second factor of a member who lost theirs (security:manage, sudo, a reason).
 * Audited, and the member and the organization's admins are emailed. Nobody resets their own: that is
 * what recovery codes are for. Only an owner resets an owner. Another organization's member is NOT_FOUND.
 */
export async function resetMemberTwoFactor(
  ctx: Ctx,
  input: z.output<typeof ZResetMemberTwoFactorSchema>,
): Promise<{ reset: true }> {
  const { session, organization } = await authorize(ctx, 'security:manage', { sudo: true });
  const organizationId = organization.id;
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: input.userId, organizationId } },
      include: { user: true },
    });
    if (!membership) throw new AppError('TWO_FACTOR_MEMBER_NOT_FOUND');
    if (membership.userId === session.user.id) {
      throw new AppError('TWO_FACTOR_RESET_SELF');
    }
    if (membership.role === 'owner' && session.role !== 'owner') {
      throw new AppError('TWO_FACTOR_RESET_OWNER_BY_NON_OWNER');
    }
    const member = membership.user;
    const before = await factorsOf(tx, member.id);
    if (!hasSecondFactor(before)) throw new AppError('TWO_FACTOR_NOTHING_TO_RESET', { name: member.name });
    await tx.totpFactor.deleteMany({ where: { userId: member.id } });
    await tx.webAuthnCredential.deleteMany({ where: { userId: member.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: member.id } });
    await tx.webAuthnChallenge.deleteMany({ where: { userId: member.id } });
    await recordAudit(tx, {
      organizationId,
      action: 'mfa.reset',
      actor: actorOf(ctx),
      target: { type: 'user', id: member.id, label: member.email },
      changes: {
        reason: input.reason,
        removed: {
          authenticatorApp: before.totp,
          webauthnCredentials: before.passkeys,
          unusedRecovery: before.recoveryCodes,
        },
      },
      meta: ctx.meta,
    });
    const { brand, appUrl } = getConfig();
    const when = new Date().toUTCString();
    await notify(tx, {
      event: 'mfa.reset',
      organizationId,
      userId: member.id,
      title: 'Two-factor authentication reset',
      body: `${session.user.name} reset the two-factor authentication of ${member.name} (${member.email}). Reason: ${input.reason}`,
      link: '/account/security',
      email: (r) =>
        mfaEmails.reset({
          brand: brand.name,
          name: r.name,
          when,
          ip: ctx.meta.ip,
          securityUrl: new URL('/account/security', appUrl).toString(),
          member: `${member.name} (${member.email})`,
          admin: `${session.user.name} (${session.user.email})`,
          reason: input.reason,
          toMember: r.id === member.id,
        }),
    });
    return { reset: true as const };
  });
}
