import { isAdministrative } from '@/lib/access/permission-guide';
import { permissionsOfMembership, roleLabelOf } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import { userActor } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password-hash';
import { passwordProblems } from '@/lib/auth/password-policy';
import { rotateSession } from '@/lib/auth/rotate-session';
import { issueSignInTicket } from '@/lib/auth/sign-in-ticket';
import { sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { suspendedError } from '@/lib/customers/status';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { notify } from '@/lib/notifications/notify';
import type { RequestMeta } from '@/lib/request-context';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TAcceptInvitation } from '@/lib/validation/users';
import { userEmails } from './emails';
import { lockMembers } from './member-rules';
import { TWO_FACTOR_ENROLMENT_PATH, twoFactorOnboarding } from './two-factor-onboarding';

export type AcceptInvitationResult =
  /** New account: a one-time sign-in ticket for next-auth, then `next`. */
  | { joined: string; ticket: string; next: string }
  /** Existing account, signed in: the session moved to the new organization (set the new cookie). */
  | { joined: string; sessionToken: string; next: string };

const invalid = () =>
  new AppError('INVITATION_LINK_INVALID', undefined, {
    token: [fieldMessage('INVITATION_LINK_INVALID')],
  });

/**
 * Accepts an invitation, once (R9 limits attempts per address). Without a session it creates the account
 * (name and a password under the policy) and returns a sign-in ticket; with a session of the invited
 * email it adds the organization to that account and moves the session there. A new member of an
 * organization that requires two-factor authentication is sent to enrolment next.
 */
export async function acceptInvitation(ctx: Ctx, input: TAcceptInvitation): Promise<AcceptInvitationResult> {
  const limit = await consume('invitationAcceptPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(limit.retryAfterSeconds) });

  const tokenHash = sha256Hex(input.token);
  const invitation = await db().invitation.findUnique({ where: { tokenHash }, include: { organization: true } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date())
    throw invalid();
  if (invitation.organization.status !== 'ACTIVE') throw suspendedError(invitation.organization);
  const existing = await db().user.findUnique({ where: { email: invitation.email } });
  const session = ctx.session;

  if (session && input.newPassword === undefined) {
    if (session.supportGrant) throw new AppError('INVITATION_IN_SUPPORT_SESSION');
    if (session.user.email !== invitation.email) {
      throw new AppError('INVITATION_FOR_OTHER_EMAIL', { invited: invitation.email, signedIn: session.user.email });
    }
    return db().$transaction(async (tx) => {
      const member = await join(tx, {
        tokenHash,
        invitationId: invitation.id,
        userId: session.user.id,
        user: session.user,
        organization: invitation.organization,
        meta: ctx.meta,
      });
      const { token } = await rotateSession(tx, {
        sessionId: session.sessionId,
        organizationId: invitation.organizationId,
        supportGrantId: null,
        meta: ctx.meta,
        reason: 'joined another organization',
      });
      const next =
        (await twoFactorOnboarding(tx, session.user.id, invitation.organizationId)) === 'required'
          ? TWO_FACTOR_ENROLMENT_PATH
          : '/account';
      return { joined: member.organizationName, sessionToken: token, next };
    });
  }

  if (input.name === undefined || input.newPassword === undefined)
    throw new AppError('VALIDATION', undefined, { name: [fieldMessage('NAME_REQUIRED')] });
  if (existing) {
    throw new AppError('INVITATION_ACCOUNT_EXISTS', { email: invitation.email });
  }
  const problems = passwordProblems(input.newPassword, { email: invitation.email, name: input.name });
  if (problems.length) throw new AppError('VALIDATION', undefined, { newPassword: problems });
  const passwordHash = await hashPassword(input.newPassword);
  const name = input.name;

  return db().$transaction(async (tx) => {
    const user = await tx.user
      .create({ data: { email: invitation.email, name, passwordHash, passwordChangedAt: new Date() } })
      .catch((err: unknown) => {
        // Two tabs accepting at once: the second finds the account the first just created.
        if ((err as { code?: string })?.code === 'P2002') throw invalid();
        throw err;
      });
    const member = await join(tx, {
      tokenHash,
      invitationId: invitation.id,
      userId: user.id,
      user,
      organization: invitation.organization,
      meta: ctx.meta,
    });
    const ticket = await issueSignInTicket(tx, {
      userId: user.id,
      organizationId: invitation.organizationId,
      step: 'SESSION',
      meta: ctx.meta,
    });
    const next =
      (await twoFactorOnboarding(tx, user.id, invitation.organizationId)) === 'required'
        ? TWO_FACTOR_ENROLMENT_PATH
        : '/account?welcome=1';
    return { joined: member.organizationName, ticket, next };
  });
}

/** Claims the invitation (single use, even under racing requests), adds the membership, audits and notifies. */
async function join(
  tx: Prisma.TransactionClient,
  p: {
    tokenHash: string;
    invitationId: string;
    userId: string;
    user: { id: string; email: string; name: string };
    organization: { id: string; name: string };
    meta: RequestMeta;
  },
): Promise<{ organizationName: string }> {
  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: { id: p.invitationId, tokenHash: p.tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedUserId: p.userId },
  });
  if (claimed.count !== 1) throw invalid();
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id: p.invitationId },
    include: { customRole: { select: { id: true, name: true, permissions: true } } },
  });
  if (invitation.role === 'custom' && !invitation.customRole) {
    throw new AppError('INVITATION_ROLE_GONE');
  }
  await lockMembers(tx, p.organization.id);
  const already = await tx.membership.findUnique({
    where: { userId_organizationId: { userId: p.userId, organizationId: p.organization.id } },
  });
  if (already) throw new AppError('INVITATION_ALREADY_MEMBER', { organization: p.organization.name });
  await tx.membership.create({
    data: {
      userId: p.userId,
      organizationId: p.organization.id,
      role: invitation.role,
      customRoleId: invitation.customRoleId,
    },
  });
  const roleLabel = roleLabelOf(invitation) ?? invitation.role;
  await recordAudit(tx, {
    organizationId: p.organization.id,
    action: 'user.invitation_accepted',
    actor: userActor(p.user),
    target: { type: 'user', id: p.userId, label: p.user.email },
    changes: {
      invitationId: invitation.id,
      invitedBy: invitation.invitedByLabel,
      after: { role: roleLabel, status: 'active' },
    },
    meta: p.meta,
  });
  const { brand, appUrl } = getConfig();
  const usersUrl = new URL('/account/users', appUrl).toString();
  const memberText = `${p.user.name} (${p.user.email})`;
  await notify(tx, {
    event: 'user.access_granted',
    organizationId: p.organization.id,
    title: 'New user granted access',
    body: `${memberText} joined ${p.organization.name} as ${roleLabel}.`,
    link: '/account/users',
    email: (r) =>
      userEmails.accessGranted({
        brand: brand.name,
        name: r.name,
        member: memberText,
        organization: p.organization.name,
        role: roleLabel,
        url: usersUrl,
      }),
  });
  if (invitation.role === 'owner' || isAdministrative(permissionsOfMembership(invitation))) {
    await notify(tx, {
      event: 'user.role_raised',
      organizationId: p.organization.id,
      title: 'Administrator joined',
      body: `${memberText} joined ${p.organization.name} as ${roleLabel}, invited by ${invitation.invitedByLabel}.`,
      link: '/account/users',
      email: (r) =>
        userEmails.roleRaised({
          brand: brand.name,
          name: r.name,
          member: memberText,
          organization: p.organization.name,
          from: 'no access',
          to: roleLabel,
          by: invitation.invitedByLabel,
          url: usersUrl,
        }),
    });
  }
  return { organizationName: p.organization.name };
}
