import { z } from 'zod';

// Shared by forms and server. Policy checks that need configuration (length, breached list) run in
// lib/auth/password-policy.ts; these only bound the input.

export const ZEmailSchema = z
  .string({ message: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email({ message: 'Enter a valid email address, like name@example.com.' }));

const ZAnyPassword = z
  .string({ message: 'Enter your password.' })
  .min(1, 'Enter your password.')
  .max(1024, 'That password is too long.');

export const ZPasswordSignInSchema = z.object({ email: ZEmailSchema, password: ZAnyPassword });

/** A form's `next` (where to go afterwards): anything unusable is simply not there; safeReturnPath decides. */
export const ZReturnPath = z.string().max(2000).optional().catch(undefined);

/** The sign-in form posted without JavaScript: the same fields, and where to go afterwards. */
export const ZPasswordSignInFormSchema = ZPasswordSignInSchema.extend({ next: ZReturnPath });
export type TPasswordSignIn = z.infer<typeof ZPasswordSignInSchema>;

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: z.string().min(1, 'Enter a new password.').max(1024),
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords do not match.',
  });
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;

export const ZRequestResetSchema = z.object({ email: ZEmailSchema });

export const ZResetPasswordSchema = z
  .object({
    token: z.string().min(20, 'This reset link is incomplete. Open the link from the email again.').max(200),
    newPassword: z.string().min(1, 'Enter a new password.').max(1024),
    confirmPassword: z.string().max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });

export const ZReauthSchema = z.object({ password: ZAnyPassword });

export const ZSessionIdSchema = z.object({ sessionId: z.uuid({ message: 'Unknown session.' }) });
