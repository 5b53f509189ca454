import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { twoFactorStatusOf } from '@/lib/mfa/mfa-status';
import type { MemberDetailDTO } from './dto';
import { memberRowOf } from './list-users';
import { findMember } from './member-rules';

/** One member of the organization; another organization's user id is NOT_FOUND (R25). */
export async function getMember(ctx: Ctx, input: { userId: string }): Promise<MemberDetailDTO> {
  const { session, organization: org } = await authorize(ctx, 'account:read');
  const m = await findMember(db(), org.id, input.userId);
  const [twoFactor, activeSessions] = await Promise.all([
    twoFactorStatusOf([m.userId]),
    db().session.count({
      where: { userId: m.userId, organizationId: org.id, revokedAt: null, expiresAt: { gt: new Date() } },
    }),
  ]);
  return {
    ...memberRowOf(m, twoFactor.get(m.userId), session.user.id),
    joinedAt: m.createdAt.toISOString(),
    activeSessions,
    isOwner: m.role === 'owner',
  };
}
