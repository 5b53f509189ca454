import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { FactorKind } from './factors';
import { twoFactorStatusOf } from './mfa-status';
import { graceEndsAt, satisfiesPolicy } from './policy';

export interface OrganizationSecurityDTO {
  policy: {
    required: boolean;
    passkeysOnly: boolean;
    graceDays: number;
    requiredSince: string | null;
    graceEndsAt: string | null;
  };
  members: {
    userId: string;
    name: string;
    email: string;
    isYou: boolean;
    isOwner: boolean;
    kinds: FactorKind[];
    /** Meets the current policy (or would, were 2FA required). */
    compliant: boolean;
  }[];
  membersWithout2fa: number;
}

/** The two-factor policy and each member's status (security:manage), for this organization only. */
export async function getOrganizationSecurity(ctx: Ctx): Promise<OrganizationSecurityDTO> {
  const { session, organization } = await authorize(ctx, 'security:manage');
  const organizationId = organization.id;
  const prisma = db();
  const [org, memberships] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    prisma.membership.findMany({
      where: { organizationId, deactivatedAt: null, user: { status: 'ACTIVE' } },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  const status = await twoFactorStatusOf(memberships.map((m) => m.userId));
  const rule = { mfaRequired: true, mfaPasskeysOnly: org.mfaPasskeysOnly };
  const members = memberships.map((m) => {
    const s = status.get(m.userId)!;
    return {
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      isYou: m.userId === session.user.id,
      isOwner: m.role === 'owner',
      kinds: s.kinds,
      compliant: satisfiesPolicy(rule, { totp: s.kinds.includes('totp'), passkeys: s.passkeys }),
    };
  });
  // Members without 2FA first: they are who the admin is here for.
  members.sort((a, b) => Number(a.kinds.length > 0) - Number(b.kinds.length > 0) || a.name.localeCompare(b.name));
  return {
    policy: {
      required: org.mfaRequired,
      passkeysOnly: org.mfaPasskeysOnly,
      graceDays: org.mfaGraceDays,
      requiredSince: org.mfaRequiredSince?.toISOString() ?? null,
      graceEndsAt: graceEndsAt(org)?.toISOString() ?? null,
    },
    members,
    membersWithout2fa: members.filter((m) => m.kinds.length === 0).length,
  };
}
