import { assertSignedIn } from '@/lib/access/can';
import { roleLabelOf, MEMBERSHIP_ROLE_INCLUDE } from '@/lib/access/role-permissions';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';

export interface MyOrganizationDTO {
  id: string;
  name: string;
  roleLabel: string;
  current: boolean;
}

/** The organizations the signed-in user is an active member of (for switching between them). */
export async function listMyOrganizations(ctx: Ctx): Promise<MyOrganizationDTO[]> {
  assertSignedIn(ctx);
  const { session } = ctx;
  const rows = await db().membership.findMany({
    where: { userId: session.user.id, deactivatedAt: null },
    include: { organization: { select: { id: true, name: true } }, ...MEMBERSHIP_ROLE_INCLUDE },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((m) => ({
    id: m.organization.id,
    name: m.organization.name,
    roleLabel: roleLabelOf(m) ?? m.role,
    current: !session.supportGrant && m.organizationId === session.organization?.id,
  }));
}
