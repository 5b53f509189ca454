import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership, roleLabelOf } from '@/lib/access/role-permissions';
import { Refusal } from '@/lib/access/refusal';
import type { SignedInCtx } from '@/lib/context';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';

// Rules every change to a member goes through. Tenancy is structural: a member is looked up by the
// organization authorize() returns (the session's), so another organization's user id is NOT_FOUND (R25).

export type CtxOrganization = NonNullable<SignedInCtx['session']['organization']>;

/**
 * Serialises changes to one organization's members, so two owners demoting each other at the same
 * moment cannot both pass the last-owner check.
 */
export async function lockMembers(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `members:${organizationId}`);
}

export const MEMBER_INCLUDE = {
  user: { select: { id: true, email: true, name: true, status: true, lastSignInAt: true } },
  ...MEMBERSHIP_ROLE_INCLUDE,
} as const;

export type MemberRow = Prisma.MembershipGetPayload<{ include: typeof MEMBER_INCLUDE }>;

export async function findMember(
  tx: Prisma.TransactionClient,
  organizationId: string,
  userId: string,
): Promise<MemberRow> {
  const member = await tx.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    include: MEMBER_INCLUDE,
  });
  if (!member) throw new AppError('MEMBER_NOT_FOUND');
  return member;
}

/** Admins manage people with the same or fewer rights; only owners manage owners. */
export function assertMayManage(ctx: SignedInCtx, member: MemberRow): void {
  const theirs = permissionsOfMembership(member, ctx.session.organization?.kind);
  const outranks =
    [...theirs].some((p) => !ctx.session.permissions.has(p)) ||
    (member.role === 'owner' && ctx.session.role !== 'owner');
  if (outranks) {
    throw new Refusal('target outranks actor', 'MEMBER_OUTRANKS_ACTOR', {
      name: member.user.name,
      role: String(roleLabelOf(member)),
    });
  }
}

/** The last active owner cannot be demoted, deactivated or removed: someone must always be able to run the account. */
export async function assertNotLastOwner(
  tx: Prisma.TransactionClient,
  member: MemberRow,
  organizationName: string,
): Promise<void> {
  if (member.role !== 'owner' || member.deactivatedAt) return;
  const otherOwners = await tx.membership.count({
    where: {
      organizationId: member.organizationId,
      role: 'owner',
      deactivatedAt: null,
      userId: { not: member.userId },
      user: { status: 'ACTIVE' },
    },
  });
  if (otherOwners === 0) {
    throw new Refusal('last owner', 'LAST_OWNER', { name: member.user.name, organization: organizationName });
  }
}

export function memberLabel(member: MemberRow): string {
  return member.user.email;
}
