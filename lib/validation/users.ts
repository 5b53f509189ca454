import { z } from 'zod';
import { ZEmailSchema } from './auth';
import { emptyToUndefined } from './form-values';

// Users and invitations: shared by the forms and the server actions.

/** A role as a form names it: a built-in key, or "custom:<id>" for one of the organization's own roles. */
export const ZRoleRefSchema = z
  .string({ message: 'Choose a role.' })
  .trim()
  .min(1, 'Choose a role.')
  .regex(
    /^(owner|admin|member|compliance_editor|support|custom:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
    'Choose a role from the list.',
  );

export const ZUserIdSchema = z.object({ userId: z.uuid({ message: 'Unknown user.' }) });
export const ZInvitationIdSchema = z.object({ invitationId: z.uuid({ message: 'Unknown invitation.' }) });

export const ZInviteUserSchema = z.object({ email: ZEmailSchema, role: ZRoleRefSchema });
export type TInviteUser = z.infer<typeof ZInviteUserSchema>;

export const ZChangeRoleSchema = z.object({ userId: z.uuid({ message: 'Unknown user.' }), role: ZRoleRefSchema });
export type TChangeRole = z.infer<typeof ZChangeRoleSchema>;

/** The users list's search and filters (from the URL). */
export const ZUserListFilterSchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100, 'Search for at most 100 characters.').optional()),
  status: z.preprocess(
    emptyToUndefined,
    z.enum(['active', 'invited', 'deactivated'], { message: 'Choose a status from the list.' }).optional(),
  ),
  role: z.preprocess(emptyToUndefined, ZRoleRefSchema.optional()),
});
export type TUserListFilter = z.infer<typeof ZUserListFilterSchema>;

const ZInvitationToken = z
  .string({ message: 'This invitation link is incomplete. Open the link from the email again.' })
  .min(20, 'This invitation link is incomplete. Open the link from the email again.')
  .max(200, 'This invitation link is not valid.');

export const ZInvitationTokenSchema = z.object({ token: ZInvitationToken });

/** Accepting with a new account: the email comes from the invitation, never from the form. */
export const ZAcceptInvitationNewAccountSchema = z
  .object({
    token: ZInvitationToken,
    name: z
      .string({ message: 'Enter your name.' })
      .trim()
      .min(1, 'Enter your name.')
      .max(100, 'Use at most 100 characters.'),
    newPassword: z.string().min(1, 'Choose a password.').max(1024, 'That password is too long.'),
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });

/** Without name and password: the signed-in user joins with their existing account. */
export type TAcceptInvitation = { token: string; name?: string; newPassword?: string };

export const ZSwitchOrganizationSchema = z.object({ organizationId: z.uuid({ message: 'Unknown organization.' }) });
