import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Withdraws a pending invitation: its link stops working at once. */
export async function revokeInvitation(ctx: Ctx, input: { invitationId: string }): Promise<void> {
  const { organization: org } = await authorize(ctx, 'users:manage');
  await db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: input.invitationId, organizationId: org.id } });
    if (!invitation) throw new AppError('INVITATION_NOT_FOUND');
    const now = new Date();
    const revoked = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count !== 1) throw new AppError('INVITATION_ALREADY_CLOSED');
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'user.invitation_revoked',
      actor: actorOf(ctx),
      target: { type: 'invitation', id: invitation.id, label: invitation.email },
      changes: { before: { status: 'invited' }, after: { status: 'revoked' } },
      meta: ctx.meta,
    });
  });
}
