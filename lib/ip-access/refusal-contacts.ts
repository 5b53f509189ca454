import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership } from '@/lib/access/role-permissions';
import { db } from '@/lib/db';

/**
 * Who a refused member can ask: the organization's people who manage IP access. The organization comes
 * from the refused request's own session (lib/dal.ts), never from input.
 */
export async function ipAccessContacts(organizationId: string): Promise<{ name: string; email: string }[]> {
  const members = await db().membership.findMany({
    where: { organizationId, deactivatedAt: null, user: { status: 'ACTIVE' } },
    include: { user: { select: { name: true, email: true } }, ...MEMBERSHIP_ROLE_INCLUDE },
    orderBy: { createdAt: 'asc' },
  });
  return members
    .filter((m) => permissionsOfMembership(m).has('ip-access:manage'))
    .slice(0, 5)
    .map((m) => m.user);
}
