import { authorize } from '@/lib/access/authorize';
import { PERMISSION_GUIDE, permissionsForOrganization } from '@/lib/access/permission-guide';
import { BUILT_IN_ROLES, isBuiltInRole } from '@/lib/access/permissions';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { PermissionDTO, RoleDTO } from './dto';
import { allRoleChoices } from './role-choice';

export interface RolesOverviewDTO {
  roles: RoleDTO[];
  /** The documented catalogue, as it applies to this organization. */
  catalogue: PermissionDTO[];
}

/** Built-in and custom roles with how many people hold each, and the permission catalogue (account:read). */
export async function listRoles(ctx: Ctx): Promise<RolesOverviewDTO> {
  const { organization: org } = await authorize(ctx, 'account:read');
  const prisma = db();
  const [choices, custom, members, invitations] = await Promise.all([
    allRoleChoices(prisma, org),
    prisma.customRole.findMany({ where: { organizationId: org.id }, select: { id: true, description: true } }),
    prisma.membership.groupBy({
      by: ['role', 'customRoleId'],
      where: { organizationId: org.id },
      _count: { _all: true },
    }),
    prisma.invitation.groupBy({
      by: ['role', 'customRoleId'],
      where: { organizationId: org.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      _count: { _all: true },
    }),
  ]);
  const keyOf = (r: { role: string; customRoleId: string | null }) =>
    r.role === 'custom' ? `custom:${r.customRoleId}` : r.role;
  const memberCount = new Map(members.map((m) => [keyOf(m), m._count._all]));
  const invitationCount = new Map(invitations.map((i) => [keyOf(i), i._count._all]));
  const descriptions = new Map(custom.map((c) => [c.id, c.description]));
  return {
    roles: choices.map((c) => ({
      ref: c.ref,
      id: c.customRoleId,
      name: c.label,
      description: c.customRoleId
        ? (descriptions.get(c.customRoleId) ?? '')
        : isBuiltInRole(c.ref)
          ? BUILT_IN_ROLES[c.ref].description
          : '',
      builtIn: !c.customRoleId,
      permissions: [...c.permissions],
      administrative: c.administrative,
      members: memberCount.get(c.ref) ?? 0,
      pendingInvitations: invitationCount.get(c.ref) ?? 0,
    })),
    catalogue: permissionsForOrganization(org.kind).map((key) => ({ key, ...PERMISSION_GUIDE[key] })),
  };
}
