import { isPermission } from './permission-guide';
import { BUILT_IN_ROLES, isBuiltInRole, type Permission } from './permissions';

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

/** What the member may do: built-in role permissions, or the custom role's (unknown keys grant nothing). */
export function permissionsOfMembership(membership: MembershipRole | null | undefined): ReadonlySet<Permission> {
  if (!membership) return new Set();
  if (membership.role === CUSTOM_ROLE) return new Set((membership.customRole?.permissions ?? []).filter(isPermission));
  return new Set(isBuiltInRole(membership.role) ? BUILT_IN_ROLES[membership.role].permissions : []);
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
  return membership.role === CUSTOM_ROLE && membership.customRole ? `${CUSTOM_ROLE}:${membership.customRole.id}` : membership.role;
}
