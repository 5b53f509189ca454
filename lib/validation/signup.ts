import { z } from 'zod';
import { ZEmailSchema } from './auth';

// Self-service sign-up and account self-service: shared by the forms and the server actions. Policy that
// needs configuration (who may sign up, the password rules) lives in lib/signup and lib/auth.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const linkToken = (what: string) =>
  z
    .string({ message: `This ${what} link is incomplete. Open the link from the email again.` })
    .min(20, `This ${what} link is incomplete. Open the link from the email again.`)
    .max(200, `This ${what} link is not valid.`)
    .regex(/^[A-Za-z0-9_-]+$/, `This ${what} link is not valid.`);

export const ZSignupRequestSchema = z.object({ email: ZEmailSchema });
export type TSignupRequest = z.infer<typeof ZSignupRequestSchema>;

export const ZSignupTokenSchema = z.object({ token: linkToken('sign-up') });

export const ZOrganizationNameSchema = z
  .string({ message: 'Enter the name of your organization.' })
  .trim()
  .min(2, 'Enter the name of your organization (at least 2 characters).')
  .max(80, 'Use at most 80 characters.')
  .refine((v) => !CONTROL.test(v), 'Use letters, digits, spaces and punctuation only.')
  .refine((v) => /[\p{L}\p{N}]/u.test(v), 'The name needs at least one letter or digit.');

export const ZPersonNameSchema = z
  .string({ message: 'Enter your name.' })
  .trim()
  .min(1, 'Enter your name.')
  .max(100, 'Use at most 100 characters.')
  .refine((v) => !CONTROL.test(v), 'Use letters, digits, spaces and punctuation only.');

export const ZCompleteSignupSchema = z
  .object({
    token: linkToken('sign-up'),
    organizationName: ZOrganizationNameSchema,
    name: ZPersonNameSchema,
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
export type TCompleteSignup = z.infer<typeof ZCompleteSignupSchema>;

const ZCurrentPassword = z
  .string({ message: 'Enter your current password.' })
  .min(1, 'Enter your current password.')
  .max(1024, 'That password is too long.');

export const ZRequestEmailChangeSchema = z.object({ newEmail: ZEmailSchema, password: ZCurrentPassword });
export type TRequestEmailChange = z.infer<typeof ZRequestEmailChangeSchema>;

export const ZEmailChangeTokenSchema = z.object({ token: linkToken('confirmation') });

export const ZDeleteMyAccountSchema = z.object({
  password: ZCurrentPassword,
  confirmEmail: z
    .string({ message: 'Type your email address to confirm.' })
    .trim()
    .toLowerCase()
    .min(1, 'Type your email address to confirm.')
    .max(254),
});
export type TDeleteMyAccount = z.infer<typeof ZDeleteMyAccountSchema>;
