'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { createRole } from '@/lib/roles/create-role';
import { deleteRole } from '@/lib/roles/delete-role';
import { updateRole } from '@/lib/roles/update-role';
import { ZCreateRoleSchema, ZDeleteRoleSchema, ZUpdateRoleSchema } from '@/lib/validation/roles';

const refreshed = <T>(result: T): T => {
  revalidatePath('/account/roles', 'layout');
  revalidatePath('/account/users', 'layout');
  return result;
};

export const createRoleAction = createAction({
  tier: 'roles:manage',
  schema: ZCreateRoleSchema,
  handler: async (ctx, input) => refreshed(await createRole(ctx, input)),
});

export const updateRoleAction = createAction({
  tier: 'roles:manage',
  schema: ZUpdateRoleSchema,
  handler: async (ctx, input) => refreshed(await updateRole(ctx, input)),
});

export const deleteRoleAction = createAction({
  tier: 'roles:manage',
  schema: ZDeleteRoleSchema,
  handler: async (ctx, input) => refreshed(await deleteRole(ctx, input)),
});
