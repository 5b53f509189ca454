import { z } from 'zod';
import { ZEmailSchema } from './auth';
import { emptyToUndefined } from './form-values';

// First-run setup: shared by the /setup form, its server action and `npm run setup`.

export const ZSetupTokenSchema = z
  .string({ message: 'Enter the setup token from the server log.' })
  .trim()
  .min(1, 'Enter the setup token from the server log.')
  .max(200, 'That setup token is not right. Copy it again from the server log.');

export const ZOrganizationNameSchema = z.preprocess(
  emptyToUndefined,
  z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.').optional(),
);

export const ZCompleteSetupSchema = z
  .object({
    token: ZSetupTokenSchema,
    /** Empty: BRAND_NAME. */
    organizationName: ZOrganizationNameSchema,
    name: z
      .string({ message: 'Enter your name.' })
      .trim()
      .min(1, 'Enter your name.')
      .max(100, 'Use at most 100 characters.'),
    email: ZEmailSchema,
    newPassword: z
      .string({ message: 'Choose a password.' })
      .min(1, 'Choose a password.')
      .max(1024, 'That password is too long.'),
    confirmPassword: z.string({ message: 'Type the password again.' }).max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });
export type TCompleteSetup = z.infer<typeof ZCompleteSetupSchema>;

/**
 * The /setup form as the action reads it: the texts only. completeSetup counts the attempt against the
 * address first and then checks them with ZCompleteSetupSchema, so a malformed form still counts.
 */
const formText = z.string().optional().catch(undefined);
export const ZSetupFormSchema = z.object({
  token: formText,
  organizationName: formText,
  name: formText,
  email: formText,
  newPassword: formText,
  confirmPassword: formText,
});

/** `npm run setup -- --email owner@example.com [--name "…"] [--organization "…"]` */
export const ZInviteFirstOwnerSchema = z.object({ email: ZEmailSchema, organizationName: ZOrganizationNameSchema });
export type TInviteFirstOwner = z.infer<typeof ZInviteFirstOwnerSchema>;
