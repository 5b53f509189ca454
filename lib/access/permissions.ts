// The permission catalogue and the built-in roles. Roles are sets of permissions; code checks
// permissions, never role names.

export const PERMISSIONS = {
  'account:read': 'See the account console: security settings, users and their own sessions.',
  'security:manage': 'Change organization-wide security settings such as the two-factor policy.',
  'users:manage': 'Invite, edit, deactivate and remove users and change their roles.',
  'roles:manage': 'Create, edit and delete custom roles.',
  'ip-access:manage': 'Edit the IP allowlists for the panel, the API and SMTP.',
  'sso:manage': "Configure single sign-on: the organization's identity provider, its email domains and Require SSO.",
  'api-keys:manage': 'Create and revoke API keys.',
  'audit:read': 'Read and export the audit log.',
  'support-access:manage': "Grant and revoke the vendor's support staff access to this organization.",
  'content:edit': 'Edit trust-center pages, sub-processors and documents as drafts.',
  'content:publish': 'Publish trust-center changes and handle access requests and abuse reports.',
  'support:act': 'Open customer organizations that have granted support access (vendor staff).',
  'webhooks:manage': 'Register webhooks that receive signed event notifications (e.g. sub-processor change notices).',
  'subprocessors:object': "File objections to sub-processor changes on the organization's behalf.",
  'customers:manage': 'Create, suspend, reactivate and delete customer organizations (vendor staff only).',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const BUILT_IN_ROLES = {
  owner: {
    label: 'Owner',
    description: 'Full control of the organization, including ownership and roles.',
    permissions: [
      'account:read',
      'security:manage',
      'users:manage',
      'roles:manage',
      'ip-access:manage',
      'sso:manage',
      'api-keys:manage',
      'audit:read',
      'support-access:manage',
      'webhooks:manage',
      'subprocessors:object',
    ],
  },
  admin: {
    label: 'Admin',
    description: 'Manages users, security settings, IP access and API keys.',
    permissions: [
      'account:read',
      'security:manage',
      'users:manage',
      'ip-access:manage',
      'sso:manage',
      'api-keys:manage',
      'audit:read',
      'support-access:manage',
      'webhooks:manage',
      'subprocessors:object',
    ],
  },
  member: {
    label: 'Member',
    description: 'Uses the account and manages their own security settings.',
    permissions: ['account:read'],
  },
  compliance_editor: {
    label: 'Compliance Editor',
    description: "Vendor staff who edit and publish the trust center's content.",
    permissions: ['account:read', 'content:edit', 'content:publish', 'audit:read'],
  },
  support: {
    label: 'Support Staff',
    description: 'Vendor staff who help customers, only inside organizations that granted access.',
    permissions: ['account:read', 'support:act'],
  },
} as const satisfies Record<string, { label: string; description: string; permissions: readonly Permission[] }>;

export type BuiltInRole = keyof typeof BUILT_IN_ROLES;

/**
 * What a built-in role holds beyond its list in the vendor's own organization: the vendor's Owner and
 * Admin run its customer organizations and hold every vendor permission, because nobody hands out rights
 * they lack (lib/roles/role-choice.ts mayAssign) and they invite the Compliance Editors and Support Staff.
 * In a customer organization the same roles never hold a vendor permission (lib/access/role-permissions.ts
 * filters by the organization's kind).
 */
const VENDOR_MANAGER_EXTRAS = [
  'content:edit',
  'content:publish',
  'support:act',
  'customers:manage',
] as const satisfies readonly Permission[];
export const VENDOR_ROLE_EXTRAS: Partial<Record<BuiltInRole, readonly Permission[]>> = {
  owner: VENDOR_MANAGER_EXTRAS,
  admin: VENDOR_MANAGER_EXTRAS,
};

export function isBuiltInRole(role: string): role is BuiltInRole {
  return Object.hasOwn(BUILT_IN_ROLES, role);
}

/** A built-in role's permissions; with kind 'VENDOR', the vendor extras too (see VENDOR_ROLE_EXTRAS). */
export function permissionsOfRole(role: string, kind?: 'VENDOR' | 'CUSTOMER'): ReadonlySet<Permission> {
  if (!isBuiltInRole(role)) return new Set();
  return new Set([...BUILT_IN_ROLES[role].permissions, ...(kind === 'VENDOR' ? (VENDOR_ROLE_EXTRAS[role] ?? []) : [])]);
}

/** How a member's role is shown: a custom role's own name, a built-in role's label. */
export function roleDisplayName(role: string | null | undefined, customLabel?: string | null): string | null {
  if (customLabel) return customLabel;
  if (!role) return null;
  return isBuiltInRole(role) ? BUILT_IN_ROLES[role].label : role;
}
