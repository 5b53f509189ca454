import { authorize } from '@/lib/access/authorize';
import { roleLabelOf } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { sendInvitationEmail } from './invitation-email';

/**
 * Sends a pending (or expired, never accepted) invitation again with a fresh link and a fresh expiry; the
 * previous link stops working, since only the new token's hash is kept.
 */
export async function resendInvitation(ctx: Ctx, input: { invitationId: string }): Promise<{ expiresAt: string }> {
  const { session, organization: org } = await authorize(ctx, 'users:manage');
  const limit = await consume('invitationSendPerUser', session.user.id);
  if (limit.limited) throw new AppError('INVITATIONS_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + getConfig().invitationExpiryDays * 86_400_000);
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: input.invitationId, organizationId: org.id },
      include: { customRole: { select: { id: true, name: true, permissions: true } } },
    });
    if (!invitation) throw new AppError('INVITATION_NOT_FOUND');
    if (invitation.acceptedAt) throw new AppError('INVITATION_ALREADY_ACCEPTED');
    if (invitation.revokedAt) throw new AppError('INVITATION_REVOKED');
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash: sha256Hex(token), expiresAt, lastSentAt: new Date(), sendCount: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new AppError('CONFLICT');
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'user.invitation_resent',
      actor: actorOf(ctx),
      target: { type: 'invitation', id: invitation.id, label: invitation.email },
      changes: {
        before: { expiresAt: invitation.expiresAt.toISOString() },
        after: { expiresAt: expiresAt.toISOString() },
      },
      meta: ctx.meta,
    });
    await sendInvitationEmail(tx, {
      token,
      email: invitation.email,
      inviter: session.user,
      organization: org.name,
      roleLabel: roleLabelOf(invitation) ?? invitation.role,
      expiresAt,
    });
    return { expiresAt: expiresAt.toISOString() };
  });
}
