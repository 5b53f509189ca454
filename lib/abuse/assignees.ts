import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership } from '@/lib/access/role-permissions';
import type { DbTransaction, PrismaClient } from '@/lib/db';

export interface AbuseAssignee {
  id: string;
  label: string;
}

/** Who can take a report: active members of the vendor organization holding content:publish. */
export async function abuseAssignees(
  client: PrismaClient | DbTransaction,
  vendorOrganizationId: string,
): Promise<AbuseAssignee[]> {
  const members = await client.membership.findMany({
    where: { organizationId: vendorOrganizationId, deactivatedAt: null, user: { status: 'ACTIVE' } },
    include: { user: { select: { id: true, email: true } }, ...MEMBERSHIP_ROLE_INCLUDE },
    orderBy: { user: { email: 'asc' } },
  });
  return members
    .filter((m) => permissionsOfMembership(m, 'VENDOR').has('content:publish'))
    .map((m) => ({ id: m.user.id, label: m.user.email }));
}
