import type { Prisma } from '@/lib/generated/prisma/client';
import { isPermission, permissionsForOrganization } from './permission-guide';
import { BUILT_IN_ROLES, isBuiltInRole, permissionsOfRole, type Permission } from './permissions';

// The one place a membership's role becomes permissions — built-in roles by key, custom roles from their
// row. Session context (every request) and notification recipients both use it, so what the console
// allows and who hears about it never disagree. The membership is always loaded with MEMBERSHIP_ROLE_INCLUDE,
// in the same query: resolving permissions costs no extra round trip.

/** Membership.role of a member whose role is one of the organization's custom roles. */
export const CUSTOM_ROLE = 'custom';

export const MEMBERSHIP_ROLE_INCLUDE = {
  customRole: { select: { id: true, name: true, permissions: true } },
} as const;

export interface MembershipRole {
  role: string;
  customRole?: { id: string; name: string; permissions: string[] } | null;
}

/**
 * What the member may do: built-in role permissions, or the custom role's (unknown keys grant nothing).
 * With the organization's kind (the session context always passes it): a vendor Owner or Admin also holds
 * the vendor extras, and a customer organization's roles never hold a vendor permission, whatever is stored.
 */
export function permissionsOfMembership(
  membership: MembershipRole | null | undefined,
  kind?: 'VENDOR' | 'CUSTOMER',
): ReadonlySet<Permission> {
  if (!membership) return new Set();
  const held =
    membership.role === CUSTOM_ROLE
      ? (membership.customRole?.permissions ?? []).filter(isPermission)
      : [...permissionsOfRole(membership.role, kind)];
  if (!kind) return new Set(held);
  const allowed = new Set(permissionsForOrganization(kind));
  return new Set(held.filter((p) => allowed.has(p)));
}

/** How the role is shown to people: "Admin", or the custom role's name. */
export function roleLabelOf(membership: MembershipRole | null | undefined): string | null {
  if (!membership) return null;
  if (membership.role === CUSTOM_ROLE) return membership.customRole?.name ?? 'Custom role';
  return isBuiltInRole(membership.role) ? BUILT_IN_ROLES[membership.role].label : membership.role;
}

/**
 * A role as forms and session context name it: the built-in key ("admin") or "custom:<id>". One string,
 * so a single <select> can offer both kinds.
 */
export function roleRefOf(membership: MembershipRole): string {
  return membership.role === CUSTOM_ROLE && membership.customRole
    ? `${CUSTOM_ROLE}:${membership.customRole.id}`
    : membership.role;
}

export interface MembershipWithRole extends MembershipRole {
  deactivatedAt: Date | null;
}

/**
 * The membership and its custom role in ONE query (a join; Prisma's include would make it two), for the
 * session context that runs on every request.
 */
export async function findMembershipRole(
  client: Prisma.TransactionClient,
  userId: string,
  organizationId: string,
): Promise<MembershipWithRole | null> {
  const rows = await client.$queryRaw<
    {
      role: string;
      deactivatedAt: Date | null;
      customRoleId: string | null;
      customRoleName: string | null;
      customRolePermissions: string[] | null;
    }[]
  >`
    SELECT m."role", m."deactivatedAt", c."id" AS "customRoleId", c."name" AS "customRoleName", c."permissions" AS "customRolePermissions"
      FROM "Membership" m LEFT JOIN "CustomRole" c ON c."id" = m."customRoleId"
     WHERE m."userId" = ${userId}::uuid AND m."organizationId" = ${organizationId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  return {
    role: row.role,
    deactivatedAt: row.deactivatedAt,
    customRole: row.customRoleId
      ? { id: row.customRoleId, name: row.customRoleName ?? '', permissions: row.customRolePermissions ?? [] }
      : null,
  };
}
