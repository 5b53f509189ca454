import { authorize } from '@/lib/access/authorize';
import { roleLabelOf, roleRefOf } from '@/lib/access/role-permissions';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { twoFactorStatusOf } from '@/lib/mfa/mfa-status';
import type { TUserListFilter } from '@/lib/validation/users';
import type { InvitationRowDTO, MemberRowDTO, TwoFactorDTO, UserRowDTO } from './dto';
import { MEMBER_INCLUDE } from './member-rules';

const METHOD_NAMES: Record<string, string> = { totp: 'Authenticator app', webauthn: 'Passkey' };

export function twoFactorDTO(status: { enabled: boolean; kinds: string[] } | undefined): TwoFactorDTO {
  return { enabled: status?.enabled ?? false, methods: (status?.kinds ?? []).map((k) => METHOD_NAMES[k] ?? k) };
}

type MemberWithUser = Parameters<typeof roleRefOf>[0] & {
  userId: string;
  role: string;
  deactivatedAt: Date | null;
  user: { name: string; email: string; status: string; lastSignInAt: Date | null };
};

/** A member as the users list shows them; the member page adds to it. */
export function memberRowOf(
  m: MemberWithUser,
  twoFactor: { enabled: boolean; kinds: string[] } | undefined,
  youId: string,
): MemberRowDTO {
  return {
    kind: 'member',
    userId: m.userId,
    name: m.user.name,
    email: m.user.email,
    roleRef: roleRefOf(m),
    roleLabel: roleLabelOf(m) ?? m.role,
    status: m.deactivatedAt || m.user.status !== 'ACTIVE' ? 'deactivated' : 'active',
    twoFactor: twoFactorDTO(twoFactor),
    lastSignInAt: m.user.lastSignInAt?.toISOString() ?? null,
    isYou: m.userId === youId,
  };
}

function roleWhere(ref: string | undefined): Prisma.MembershipWhereInput {
  if (!ref) return {};
  return ref.startsWith('custom:') ? { role: 'custom', customRoleId: ref.slice(7).toLowerCase() } : { role: ref };
}

/**
 * Everyone with access to the organization and everyone invited to it, for every member with
 * account:read. Search matches name or email; filters by status and role.
 */
export async function listUsers(ctx: Ctx, filter: TUserListFilter = {}): Promise<UserRowDTO[]> {
  const { session, organization: org } = await authorize(ctx, 'account:read');
  const q = filter.q?.trim();
  const now = new Date();

  const members =
    filter.status === 'invited'
      ? []
      : await db().membership.findMany({
          where: {
            organizationId: org.id,
            ...roleWhere(filter.role),
            ...(filter.status === 'active'
              ? { deactivatedAt: null }
              : filter.status === 'deactivated'
                ? { deactivatedAt: { not: null } }
                : {}),
            ...(q
              ? {
                  user: {
                    OR: [
                      { name: { contains: q, mode: 'insensitive' } },
                      { email: { contains: q, mode: 'insensitive' } },
                    ],
                  },
                }
              : {}),
          },
          include: MEMBER_INCLUDE,
          orderBy: { user: { name: 'asc' } },
          take: 500,
        });
  const invitations =
    filter.status && filter.status !== 'invited'
      ? []
      : await db().invitation.findMany({
          where: {
            organizationId: org.id,
            acceptedAt: null,
            revokedAt: null,
            ...(filter.role
              ? filter.role.startsWith('custom:')
                ? { role: 'custom', customRoleId: filter.role.slice(7).toLowerCase() }
                : { role: filter.role }
              : {}),
            ...(q ? { email: { contains: q, mode: 'insensitive' } } : {}),
          },
          include: { customRole: { select: { id: true, name: true, permissions: true } } },
          orderBy: { createdAt: 'desc' },
          take: 200,
        });

  const twoFactor = await twoFactorStatusOf(members.map((m) => m.userId));
  const memberRows: MemberRowDTO[] = members.map((m) => memberRowOf(m, twoFactor.get(m.userId), session.user.id));
  const invitationRows: InvitationRowDTO[] = invitations.map((i) => ({
    kind: 'invitation',
    invitationId: i.id,
    email: i.email,
    roleRef: roleRefOf(i),
    roleLabel: roleLabelOf(i) ?? i.role,
    status: 'invited',
    expired: i.expiresAt <= now,
    invitedBy: i.invitedByLabel,
    expiresAt: i.expiresAt.toISOString(),
    lastSentAt: i.lastSentAt.toISOString(),
  }));
  return [...invitationRows, ...memberRows];
}
