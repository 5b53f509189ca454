'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { changeMemberRole } from '@/lib/users/change-member-role';
import { deactivateMember } from '@/lib/users/deactivate-member';
import { inviteUser } from '@/lib/users/invite-user';
import { reactivateMember } from '@/lib/users/reactivate-member';
import { removeMember } from '@/lib/users/remove-member';
import { resendInvitation } from '@/lib/users/resend-invitation';
import { revokeInvitation } from '@/lib/users/revoke-invitation';
import { revokeMemberSessions } from '@/lib/users/revoke-member-sessions';
import { transferOwnership } from '@/lib/users/transfer-ownership';
import { ZChangeRoleSchema, ZInvitationIdSchema, ZInviteUserSchema, ZUserIdSchema } from '@/lib/validation/users';

const refreshed = <T>(result: T): T => {
  revalidatePath('/account/users', 'layout');
  return result;
};

export const inviteUserAction = createAction({
  tier: 'users:manage',
  schema: ZInviteUserSchema,
  handler: async (ctx, input) => refreshed(await inviteUser(ctx, input)),
});

export const resendInvitationAction = createAction({
  tier: 'users:manage',
  schema: ZInvitationIdSchema,
  handler: async (ctx, input) => refreshed(await resendInvitation(ctx, input)),
});

export const revokeInvitationAction = createAction({
  tier: 'users:manage',
  schema: ZInvitationIdSchema,
  handler: async (ctx, input) => refreshed(await revokeInvitation(ctx, input).then(() => ({ revoked: true }))),
});

export const changeRoleAction = createAction({
  tier: 'users:manage',
  schema: ZChangeRoleSchema,
  handler: async (ctx, input) => refreshed(await changeMemberRole(ctx, input)),
});

export const transferOwnershipAction = createAction({
  tier: 'users:manage',
  schema: ZUserIdSchema,
  handler: async (ctx, input) => refreshed(await transferOwnership(ctx, input)),
});

export const deactivateMemberAction = createAction({
  tier: 'users:manage',
  schema: ZUserIdSchema,
  handler: async (ctx, input) => refreshed(await deactivateMember(ctx, input)),
});

export const reactivateMemberAction = createAction({
  tier: 'users:manage',
  schema: ZUserIdSchema,
  handler: async (ctx, input) => refreshed(await reactivateMember(ctx, input).then(() => ({ reactivated: true }))),
});

export const removeMemberAction = createAction({
  tier: 'users:manage',
  schema: ZUserIdSchema,
  handler: async (ctx, input) => refreshed(await removeMember(ctx, input)),
});

export const revokeMemberSessionsAction = createAction({
  tier: 'users:manage',
  schema: ZUserIdSchema,
  handler: async (ctx, input) => refreshed(await revokeMemberSessions(ctx, input)),
});
