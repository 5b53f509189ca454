import { z } from 'zod';
import { ZRoleRefSchema } from './users';

// Support access: a customer's grant to the vendor's support staff.

export const ZGrantSupportAccessSchema = z.object({
  /** "team" for the vendor's whole support team, or one staff member's user id. */
  grantee: z.union([z.literal('team'), z.uuid()], { message: 'Choose who gets access.' }),
  /** "read-only", or a role to act with. */
  scope: z.union([z.literal('read-only'), ZRoleRefSchema], { message: 'Choose what they may do.' }),
  reason: z
    .string({ message: 'Say why support needs access.' })
    .trim()
    .min(5, 'Say why support needs access (at least 5 characters), e.g. the ticket number.')
    .max(500, 'Use at most 500 characters.'),
  /** Bounds come from configuration (default 1 hour to 30 days) and are checked by the use-case. */
  durationMinutes: z.coerce.number({ message: 'Choose how long access lasts.' }).int('Choose how long access lasts.'),
});
export type TGrantSupportAccess = z.output<typeof ZGrantSupportAccessSchema>;

export const ZGrantIdSchema = z.object({ grantId: z.uuid({ message: 'Unknown grant.' }) });
