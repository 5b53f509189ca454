import { z } from 'zod';
import { PERMISSIONS, type Permission } from '@/lib/access/permissions';
import { ZRoleRefSchema } from './users';

// Custom roles. Forms send each permission as its own checkbox, named "permission.<key>"; the schema
// gathers them so a form post and a typed call look the same to the server.

const PERMISSION_KEYS = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];

function gatherPermissions(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray((raw as { permissions?: unknown }).permissions)) return raw;
  const o = raw as Record<string, unknown>;
  const permissions = Object.keys(o)
    .filter((k) => k.startsWith('permission.') && o[k] !== undefined && o[k] !== '' && o[k] !== 'off')
    .map((k) => k.slice('permission.'.length));
  return { ...o, permissions };
}

const roleFields = {
  name: z.string({ message: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(60, 'Use at most 60 characters.'),
  description: z.string().trim().max(300, 'Use at most 300 characters.').default(''),
  permissions: z
    .array(z.enum(PERMISSION_KEYS, { message: 'Choose permissions from the list.' }))
    .min(1, 'Choose at least one permission.')
    .transform((ps) => [...new Set(ps)]),
};

export const ZCreateRoleSchema = z.preprocess(gatherPermissions, z.object(roleFields));
export type TCreateRole = z.output<typeof ZCreateRoleSchema>;

export const ZUpdateRoleSchema = z.preprocess(
  gatherPermissions,
  z.object({ roleId: z.uuid({ message: 'Unknown role.' }), ...roleFields }),
);
export type TUpdateRole = z.output<typeof ZUpdateRoleSchema>;

export const ZRoleIdSchema = z.object({ roleId: z.uuid({ message: 'Unknown role.' }) });

export const ZDeleteRoleSchema = z.object({
  roleId: z.uuid({ message: 'Unknown role.' }),
  /** Where its members (and pending invitations) go; needed when the role is in use. */
  reassignTo: z.preprocess((v) => (v === '' ? undefined : v), ZRoleRefSchema.optional()),
});
export type TDeleteRole = z.output<typeof ZDeleteRoleSchema>;
