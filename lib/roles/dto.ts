import type { Permission } from '@/lib/access/permissions';

export interface RoleDTO {
  /** What forms send: "admin" or "custom:<id>". */
  ref: string;
  /** The custom role's id; null for built-in roles. */
  id: string | null;
  name: string;
  description: string;
  builtIn: boolean;
  permissions: Permission[];
  administrative: boolean;
  members: number;
  pendingInvitations: number;
}

export interface PermissionDTO {
  key: Permission;
  title: string;
  description: string;
  kind: 'read' | 'change';
}

/** A role offered in a <select>; `assignable` is false when it includes rights the current user lacks. */
export interface RoleOptionDTO {
  ref: string;
  label: string;
  administrative: boolean;
  assignable: boolean;
}
