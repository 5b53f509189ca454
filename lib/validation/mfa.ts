import { z } from 'zod';
import { ZReturnPath } from './auth';
import { MAX_GRACE_DAYS } from '@/lib/mfa/policy';

// Shared by the two-factor forms and the server. The WebAuthn responses are checked for shape only here;
// @simplewebauthn/server verifies their content.

export const ZTotpCodeSchema = z.object({
  code: z
    .string({ message: 'Enter the 6-digit code from your authenticator app.' })
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.')),
});

const ZRecoveryCode = z
  .string({ message: 'Enter one of your recovery codes.' })
  .trim()
  .min(1, 'Enter one of your recovery codes.')
  .max(64, 'That is not a recovery code: they look like ABCD-EFGH-JKMN-PQRS.');

const ZTicket = z
  .string()
  .min(20, 'Your sign-in expired. Sign in again.')
  .max(100, 'Your sign-in expired. Sign in again.');

const b64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*={0,2}$/, 'Not base64url.');

export const ZRegistrationResponseSchema = z.looseObject({
  id: b64url.min(1).max(1024),
  rawId: b64url.min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: b64url,
    attestationObject: b64url,
    transports: z.array(z.string().max(32)).max(10).optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

export const ZAuthenticationResponseSchema = z.looseObject({
  id: b64url.min(1).max(1024),
  rawId: b64url.min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

export const ZSecondFactorSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('totp'), ticket: ZTicket, code: ZTotpCodeSchema.shape.code }),
  z.object({ method: z.literal('recovery-code'), ticket: ZTicket, code: ZRecoveryCode }),
  z.object({ method: z.literal('webauthn'), ticket: ZTicket, response: ZAuthenticationResponseSchema }),
]);
export type TSecondFactor = z.infer<typeof ZSecondFactorSchema>;

/** Step two posted from /login/second-factor (with or without JavaScript): the ticket is in a cookie, not the form. */
export const ZSecondFactorFormSchema = z.discriminatedUnion(
  'method',
  [
    z.object({ method: z.literal('totp'), code: ZTotpCodeSchema.shape.code, next: ZReturnPath }),
    z.object({ method: z.literal('recovery-code'), code: ZRecoveryCode, next: ZReturnPath }),
  ],
  { message: 'This form could not be read. Reload the page and try again.' },
);

export const ZTicketSchema = z.object({ ticket: ZTicket });

export const ZPasskeySignInSchema = z.object({ response: ZAuthenticationResponseSchema });

const ZPasskeyName = z
  .string({ message: 'Give it a name.' })
  .trim()
  .min(1, 'Give it a name, such as “Work laptop” or “Blue security key”.')
  .max(60, 'Keep the name under 60 characters.');

export const ZFinishPasskeyRegistrationSchema = z.object({
  response: ZRegistrationResponseSchema,
  name: ZPasskeyName.optional(),
});
export const ZPasskeyIdSchema = z.object({ id: z.uuid({ message: 'Unknown passkey.' }) });
export const ZRenamePasskeySchema = z.object({ id: z.uuid({ message: 'Unknown passkey.' }), name: ZPasskeyName });

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

export const ZTwoFactorPolicySchema = z.object({
  required: checkbox,
  passkeysOnly: checkbox,
  graceDays: z.coerce
    .number({ message: `Enter a number of days from 0 to ${MAX_GRACE_DAYS}.` })
    .int(`Enter a whole number of days from 0 to ${MAX_GRACE_DAYS}.`)
    .min(0, `Enter a number of days from 0 to ${MAX_GRACE_DAYS}.`)
    .max(MAX_GRACE_DAYS, `The grace period can be at most ${MAX_GRACE_DAYS} days.`),
});
export type TTwoFactorPolicy = z.infer<typeof ZTwoFactorPolicySchema>;

export const ZResetMemberTwoFactorSchema = z.object({
  userId: z.uuid({ message: 'Unknown member.' }),
  reason: z
    .string({ message: 'Say why, for the audit log and the member’s email.' })
    .trim()
    .min(10, 'Say why in a few words (at least 10 characters); it goes in the audit log and the member’s email.')
    .max(500, 'Keep the reason under 500 characters.'),
});
