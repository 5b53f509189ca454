import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TTwoFactorPolicy } from '@/lib/validation/mfa';
import { factorsOf } from './factors';
import { graceEndsAt, satisfiesPolicy } from './policy';

/**
 * Sets the organization's two-factor policy (security:manage, sudo). The admin must meet the policy
 * themselves first, so nobody locks themselves out by switching it on. The grace period counts from
 * when the requirement was first switched on.
 */
export async function updateTwoFactorPolicy(
  ctx: Ctx,
  input: TTwoFactorPolicy,
): Promise<{ graceEndsAt: string | null }> {
  const { session, organization } = await authorize(ctx, 'security:manage', { sudo: true });
  const organizationId = organization.id;
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
    if (
      input.required &&
      !satisfiesPolicy({ mfaRequired: true, mfaPasskeysOnly: input.passkeysOnly }, await factorsOf(tx, session.user.id))
    ) {
      throw new AppError('VALIDATION', undefined, {
        required: [
          input.passkeysOnly
            ? 'Add a passkey or security key to your own account first (under Two-factor authentication above), so that you meet the policy you set.'
            : 'Set up two-factor authentication on your own account first (under Two-factor authentication above), so that you meet the policy you set.',
        ],
      });
    }
    const requiredSince = input.required ? (before.mfaRequired ? before.mfaRequiredSince : new Date()) : null;
    const after = await tx.organization.update({
      where: { id: organizationId },
      data: {
        mfaRequired: input.required,
        mfaPasskeysOnly: input.required && input.passkeysOnly,
        mfaGraceDays: input.graceDays,
        mfaRequiredSince: requiredSince,
      },
    });
    await recordAudit(tx, {
      organizationId,
      action: 'mfa.policy.changed',
      actor: actorOf(ctx),
      target: { type: 'organization', id: organizationId, label: organization.name },
      changes: {
        requireTwoFactor: { from: before.mfaRequired, to: after.mfaRequired },
        allowedFactors: {
          from: before.mfaPasskeysOnly ? 'passkeys only' : 'any',
          to: after.mfaPasskeysOnly ? 'passkeys only' : 'any',
        },
        graceDays: { from: before.mfaGraceDays, to: after.mfaGraceDays },
      },
      meta: ctx.meta,
    });
    return { graceEndsAt: graceEndsAt(after)?.toISOString() ?? null };
  });
}
