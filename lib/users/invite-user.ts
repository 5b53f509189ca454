import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { auditRefusals, Refusal } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { outsideInvitationDomains } from '@/lib/customers/status';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { mayAssign, resolveRoleChoice } from '@/lib/roles/role-choice';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TInviteUser } from '@/lib/validation/users';
import { sendInvitationEmail } from './invitation-email';
import { lockMembers } from './member-rules';

export interface InvitationCreatedDTO {
  invitationId: string;
  email: string;
  roleLabel: string;
  expiresAt: string;
}

/**
 * Invites someone by email with a role. The link carries a 256-bit token stored only as its hash; it
 * works once and expires (INVITATION_EXPIRY_DAYS, default 7). Inviting as an administrator needs sudo (R23).
 */
export async function inviteUser(ctx: Ctx, input: TInviteUser): Promise<InvitationCreatedDTO> {
  const signedIn = await authorize(ctx, 'users:manage');
  const { session, organization: org } = signedIn;
  return auditRefusals(signedIn, { type: 'invitation', id: null, label: input.email }, async () => {
    const limit = await consume('invitationSendPerUser', session.user.id);
    if (limit.limited) throw new AppError('INVITATIONS_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });
    const token = randomToken(32);
    const expiresAt = new Date(Date.now() + getConfig().invitationExpiryDays * 86_400_000);
    return db().$transaction(async (tx) => {
      const choice = await resolveRoleChoice(tx, org, input.role);
      if (!mayAssign(signedIn, choice))
        throw new Refusal('role above actor', 'ROLE_ABOVE_ACTOR_INVITE', { role: choice.label });
      if (choice.administrative) assertRecentlyReauthenticated(signedIn);
      await lockMembers(tx, org.id);
      // The vendor may limit a customer's invitations to its own email domains (Studio → Customers).
      const { invitationDomains } = await tx.organization.findUniqueOrThrow({
        where: { id: org.id },
        select: { invitationDomains: true },
      });
      const outside = outsideInvitationDomains(input.email, invitationDomains);
      if (outside) throw appErrorOnFields(['email'], 'INVITATION_DOMAIN_NOT_ALLOWED', outside);
      const existing = await tx.membership.findFirst({
        where: { organizationId: org.id, user: { email: input.email } },
      });
      if (existing)
        throw new AppError('INVITEE_ALREADY_MEMBER', undefined, { email: [fieldMessage('ALREADY_MEMBER')] });
      const pending = await tx.invitation.findFirst({
        where: {
          organizationId: org.id,
          email: input.email,
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: new Date() },
        },
      });
      if (pending) {
        throw new AppError('INVITEE_ALREADY_INVITED', undefined, {
          email: [fieldMessage('ALREADY_INVITED_RESEND')],
        });
      }
      const invitation = await tx.invitation.create({
        data: {
          organizationId: org.id,
          email: input.email,
          role: choice.role,
          customRoleId: choice.customRoleId,
          tokenHash: sha256Hex(token),
          invitedById: session.user.id,
          invitedByLabel: `${session.user.name} (${session.user.email})`,
          expiresAt,
        },
      });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'user.invited',
        actor: actorOf(ctx),
        target: { type: 'invitation', id: invitation.id, label: input.email },
        changes: { after: { email: input.email, role: choice.label, expiresAt: expiresAt.toISOString() } },
        meta: ctx.meta,
      });
      await sendInvitationEmail(tx, {
        token,
        email: input.email,
        inviter: session.user,
        organization: org.name,
        roleLabel: choice.label,
        expiresAt,
      });
      return {
        invitationId: invitation.id,
        email: input.email,
        roleLabel: choice.label,
        expiresAt: expiresAt.toISOString(),
      };
    });
  });
}
