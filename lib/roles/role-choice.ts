import { isAdministrative, permissionsForOrganization } from '@/lib/access/permission-guide';
import {
  BUILT_IN_ROLES,
  isBuiltInRole,
  permissionsOfRole,
  type BuiltInRole,
  type Permission,
} from '@/lib/access/permissions';
import { CUSTOM_ROLE } from '@/lib/access/role-permissions';
import type { SignedInCtx } from '@/lib/context';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';

// A role someone can be given: what it is called, what it allows, and how a membership stores it.

export interface RoleChoice {
  /** What forms send: "admin" or "custom:<id>". */
  ref: string;
  /** Membership.role */
  role: string;
  customRoleId: string | null;
  label: string;
  permissions: ReadonlySet<Permission>;
  administrative: boolean;
}

/** Built-in roles an organization of this kind uses: customers have Owner, Admin and Member. */
export function builtInRolesFor(kind: 'VENDOR' | 'CUSTOMER'): BuiltInRole[] {
  const all = Object.keys(BUILT_IN_ROLES) as BuiltInRole[];
  const allowed = new Set(permissionsForOrganization(kind));
  return all.filter((r) => BUILT_IN_ROLES[r].permissions.every((p) => allowed.has(p)));
}

/** A built-in role as offered in an organization of this kind (a vendor Owner/Admin also manages customers). */
export function builtInChoice(key: BuiltInRole, kind: 'VENDOR' | 'CUSTOMER' = 'CUSTOMER'): RoleChoice {
  const allowed = new Set(permissionsForOrganization(kind));
  const permissions = new Set<Permission>([...permissionsOfRole(key, kind)].filter((p) => allowed.has(p)));
  return {
    ref: key,
    role: key,
    customRoleId: null,
    label: BUILT_IN_ROLES[key].label,
    permissions,
    administrative: key === 'owner' || isAdministrative(permissions),
  };
}

export function customChoice(
  role: { id: string; name: string; permissions: string[] },
  kind: 'VENDOR' | 'CUSTOMER',
): RoleChoice {
  const allowed = new Set(permissionsForOrganization(kind));
  const permissions = new Set(role.permissions.filter((p): p is Permission => allowed.has(p as Permission)));
  return {
    ref: `${CUSTOM_ROLE}:${role.id}`,
    role: CUSTOM_ROLE,
    customRoleId: role.id,
    label: role.name,
    permissions,
    administrative: isAdministrative(permissions),
  };
}

/**
 * The role a form named, in this organization. A custom role of another organization is NOT_FOUND,
 * exactly like one that never existed (R25).
 */
export async function resolveRoleChoice(
  tx: Prisma.TransactionClient,
  org: { id: string; kind: 'VENDOR' | 'CUSTOMER' },
  ref: string,
  field = 'role',
): Promise<RoleChoice> {
  if (ref.startsWith(`${CUSTOM_ROLE}:`)) {
    const id = ref.slice(CUSTOM_ROLE.length + 1).toLowerCase();
    const row = await tx.customRole.findFirst({ where: { id, organizationId: org.id } });
    if (!row) throw new AppError('ROLE_CHOICE_GONE', undefined, { [field]: [fieldMessage('ROLE_NOT_FOUND')] });
    return customChoice(row, org.kind);
  }
  if (!isBuiltInRole(ref) || !builtInRolesFor(org.kind).includes(ref)) {
    throw new AppError('VALIDATION', undefined, { [field]: [fieldMessage('ROLE_CHOOSE_FROM_LIST')] });
  }
  return builtInChoice(ref, org.kind);
}

/** Every role of the organization, built-in first. */
export async function allRoleChoices(
  tx: Prisma.TransactionClient,
  org: { id: string; kind: 'VENDOR' | 'CUSTOMER' },
): Promise<RoleChoice[]> {
  const custom = await tx.customRole.findMany({ where: { organizationId: org.id }, orderBy: { name: 'asc' } });
  return [
    ...builtInRolesFor(org.kind).map((key) => builtInChoice(key, org.kind)),
    ...custom.map((r) => customChoice(r, org.kind)),
  ];
}

/** Nobody hands out rights they do not hold themselves: the role's permissions must be a subset of theirs. */
export function mayAssign(ctx: SignedInCtx, choice: RoleChoice): boolean {
  return (
    [...choice.permissions].every((p) => ctx.session.permissions.has(p)) &&
    (choice.ref !== 'owner' || ctx.session.role === 'owner')
  );
}
