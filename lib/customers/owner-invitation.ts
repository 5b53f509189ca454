import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { sendInvitationEmail } from '@/lib/users/invitation-email';
import { staffActor } from './audit-both';
import type { VendorCtx } from './customer-rules';
import { outsideInvitationDomains } from './status';

/**
 * Invites an Owner of a customer organization with the same invitation (hashed single-use token, expiry,
 * email) as the customer's own administrators use, audited in both chains.
 */
export async function inviteOwner(
  tx: Prisma.TransactionClient,
  ctx: VendorCtx,
  customer: { id: string; slug: string; name: string; invitationDomains: string[] },
  email: string,
): Promise<{ invitationId: string; email: string; expiresAt: string }> {
  const refusal = outsideInvitationDomains(email, customer.invitationDomains);
  if (refusal) throw appErrorOnFields(['ownerEmail', 'email'], 'INVITATION_DOMAIN_NOT_ALLOWED', refusal);
  const member = await tx.membership.findFirst({ where: { organizationId: customer.id, user: { email } } });
  if (member) throw new AppError('INVITEE_ALREADY_MEMBER', undefined, { email: [fieldMessage('ALREADY_MEMBER')] });
  const pending = await tx.invitation.findFirst({
    where: { organizationId: customer.id, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  if (pending)
    throw new AppError('OWNER_INVITEE_ALREADY_INVITED', undefined, { email: [fieldMessage('ALREADY_INVITED')] });
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + getConfig().invitationExpiryDays * 86_400_000);
  const { user } = ctx.session;
  const invitation = await tx.invitation.create({
    data: {
      organizationId: customer.id,
      email,
      role: 'owner',
      tokenHash: sha256Hex(token),
      invitedById: user.id,
      invitedByLabel: `${user.name} (${user.email})`,
      expiresAt,
    },
  });
  const target = { type: 'invitation', id: invitation.id, label: email };
  const changes = { after: { email, role: 'Owner', organization: customer.slug, expiresAt: expiresAt.toISOString() } };
  await recordAudit(tx, {
    organizationId: ctx.session.organization.id,
    action: 'customer.owner_invited',
    actor: actorOf(ctx),
    target,
    changes,
    meta: ctx.meta,
  });
  await recordAudit(tx, {
    organizationId: customer.id,
    action: 'user.invited',
    actor: staffActor(ctx),
    target,
    changes,
    meta: ctx.meta,
  });
  await sendInvitationEmail(tx, {
    token,
    email,
    inviter: user,
    organization: customer.name,
    roleLabel: 'Owner',
    expiresAt,
  });
  return { invitationId: invitation.id, email, expiresAt: expiresAt.toISOString() };
}
