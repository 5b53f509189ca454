import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership } from '@/lib/access/role-permissions';
import type { DbTransaction, PrismaClient } from '@/lib/db';

// Vendor staff who may take part in reviews: active members of the vendor organization whose role holds
// content:edit (reviewing) and, for some, content:publish.

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  canEdit: boolean;
  canPublish: boolean;
}

export async function contentStaff(
  client: PrismaClient | DbTransaction,
  organizationId: string,
): Promise<StaffMember[]> {
  const members = await client.membership.findMany({
    where: { organizationId, deactivatedAt: null, user: { status: 'ACTIVE' } },
    include: { ...MEMBERSHIP_ROLE_INCLUDE, user: { select: { id: true, name: true, email: true } } },
  });
  return members
    .map((m) => {
      const permissions = permissionsOfMembership(m, 'VENDOR');
      return {
        id: m.user.id,
        name: m.user.name || m.user.email,
        email: m.user.email,
        canEdit: permissions.has('content:edit'),
        canPublish: permissions.has('content:publish'),
      };
    })
    .filter((m) => m.canEdit)
    .sort((a, b) => a.name.localeCompare(b.name));
}
