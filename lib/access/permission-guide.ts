import { PERMISSIONS, type Permission } from './permissions';

// The documented permission catalogue: what each permission lets a person do, in words a customer's
// administrator can act on. /account/roles renders this as the reference for building custom roles.

export interface PermissionGuide {
  /** Short name shown next to a checkbox. */
  title: string;
  /** What holding it means, in plain language. */
  description: string;
  /** 'read' permissions only let people look; read-only support grants keep nothing else. */
  kind: 'read' | 'change';
  /** 'account' permissions make sense in any organization; 'vendor' ones only for the vendor's own staff. */
  area: 'account' | 'vendor';
}

export const PERMISSION_GUIDE = {
  'account:read': {
    title: 'See the account',
    description:
      'Open the account console: the overview, the list of users, the roles, the support access given to the vendor, and their own security settings.',
    kind: 'read',
    area: 'account',
  },
  'audit:read': {
    title: 'Read the audit log',
    description: 'See and export the record of who did what, when and from where in the organization.',
    kind: 'read',
    area: 'account',
  },
  'users:manage': {
    title: 'Manage users',
    description: 'Invite people, change their roles, deactivate or remove them, and sign them out of every device.',
    kind: 'change',
    area: 'account',
  },
  'roles:manage': {
    title: 'Manage roles',
    description: 'Create, edit and delete custom roles, and decide which of these permissions each one includes.',
    kind: 'change',
    area: 'account',
  },
  'security:manage': {
    title: 'Manage security settings',
    description:
      'Change rules that apply to everyone, such as requiring two-factor authentication, and reset a member’s second factors.',
    kind: 'change',
    area: 'account',
  },
  'ip-access:manage': {
    title: 'Manage IP access',
    description: 'Choose from which networks people and programs may reach the account.',
    kind: 'change',
    area: 'account',
  },
  'sso:manage': {
    title: 'Manage single sign-on',
    description:
      'Connect the organization’s identity provider, claim its email domains, and decide whether members must sign in through it.',
    kind: 'change',
    area: 'account',
  },
  'api-keys:manage': {
    title: 'Manage API keys',
    description: 'Create and revoke keys that let programs use the API on the organization’s behalf.',
    kind: 'change',
    area: 'account',
  },
  'webhooks:manage': {
    title: 'Manage webhooks',
    description:
      'Register the addresses that receive signed event notifications, such as sub-processor change notices, and read their delivery log.',
    kind: 'change',
    area: 'account',
  },
  'subprocessors:object': {
    title: 'Object to sub-processor changes',
    description: 'File an objection to an announced sub-processor change on the organization’s behalf.',
    kind: 'change',
    area: 'account',
  },
  'support-access:manage': {
    title: 'Manage support access',
    description:
      'Let the vendor’s support staff into the account for a limited time and a stated reason, and take that access back.',
    kind: 'change',
    area: 'account',
  },
  'content:edit': {
    title: 'Edit the trust center',
    description: 'Draft changes to the public trust center’s pages, sub-processors and documents.',
    kind: 'change',
    area: 'vendor',
  },
  'content:publish': {
    title: 'Publish the trust center',
    description: 'Publish trust-center changes and handle document access requests and abuse reports.',
    kind: 'change',
    area: 'vendor',
  },
  'support:act': {
    title: 'Act as support staff',
    description:
      'Open customer accounts whose administrators granted support access, limited to what they granted and until it ends.',
    kind: 'read',
    area: 'vendor',
  },
  'customers:manage': {
    title: 'Manage customer organizations',
    description:
      'Create customer organizations and invite their first owner, suspend and reactivate them, and delete them after an export.',
    kind: 'change',
    area: 'vendor',
  },
} as const satisfies Record<Permission, PermissionGuide>;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Permissions that only let people look. */
export function isReadPermission(permission: Permission): boolean {
  return PERMISSION_GUIDE[permission].kind === 'read';
}

/** Which permissions an organization of this kind may put into its roles. */
export function permissionsForOrganization(kind: 'VENDOR' | 'CUSTOMER'): Permission[] {
  return ALL_PERMISSIONS.filter((p) => kind === 'VENDOR' || PERMISSION_GUIDE[p].area === 'account');
}

/**
 * A role is administrative when it can change the account itself — who is in it, what they may do, or
 * its security. Giving someone such a role needs a fresh password (R23) and tells the admins.
 */
export function isAdministrative(permissions: Iterable<Permission>): boolean {
  for (const p of permissions)
    if (PERMISSION_GUIDE[p].area === 'account' && PERMISSION_GUIDE[p].kind === 'change') return true;
  return false;
}
