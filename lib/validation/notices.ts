import { z } from 'zod';
import { ZEmailSchema } from './auth';

// Sub-processor change notices: subscriptions (public, no account) and objections (customer accounts).

/** The page's language, from a hidden field; only a configured language is kept (lib/i18n resolveLocale). */
export const ZVisitorLocaleSchema = z
  .string()
  .max(12)
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/)
  .optional()
  .catch(undefined);

export const ZNoticeSubscribeSchema = z.object({ email: ZEmailSchema, locale: ZVisitorLocaleSchema });
export type TNoticeSubscribe = z.output<typeof ZNoticeSubscribeSchema>;

export const ZConfirmSubscriptionSchema = z.object({
  token: z
    .string({ message: 'This confirmation link is incomplete. Open the link from the email again.' })
    .trim()
    .min(16, 'This confirmation link is incomplete. Open the link from the email again.')
    .max(200, 'This confirmation link is not valid. Open the link from the email again.'),
});
export type TConfirmSubscription = z.output<typeof ZConfirmSubscriptionSchema>;

export const ZUnsubscribeSchema = z.object({
  subscriber: z.uuid({ message: 'This unsubscribe link is incomplete. Open the link from the email again.' }),
  token: z
    .string({ message: 'This unsubscribe link is incomplete. Open the link from the email again.' })
    .trim()
    .min(16, 'This unsubscribe link is incomplete. Open the link from the email again.')
    .max(200, 'This unsubscribe link is not valid. Open the link from the email again.'),
});
export type TUnsubscribe = z.output<typeof ZUnsubscribeSchema>;

export const OBJECTION_REASON_MAX = 4000;

// Capped at Postgres int4: a larger number would make the query itself fail (a 500) instead of "unknown".
export const ZNoticeNumberSchema = z.coerce
  .number({ message: 'Unknown notice.' })
  .int('Unknown notice.')
  .positive('Unknown notice.')
  .max(2_147_483_647, 'Unknown notice.');

export const ZFileObjectionSchema = z.object({
  number: ZNoticeNumberSchema,
  reason: z
    .string({ message: 'Explain why your organization objects to this change.' })
    .trim()
    .min(10, 'Explain why your organization objects to this change (at least 10 characters).')
    .max(OBJECTION_REASON_MAX, `Please keep the reason under ${OBJECTION_REASON_MAX.toLocaleString('en')} characters.`),
});
export type TFileObjection = z.output<typeof ZFileObjectionSchema>;

export const OBJECTION_STATUSES = ['received', 'acknowledged', 'resolved'] as const;

export const ZObjectionStatusSchema = z.object({
  objectionId: z.uuid({ message: 'Unknown objection.' }),
  status: z.enum(['acknowledged', 'resolved'], { message: 'Choose acknowledged or resolved.' }),
});
export type TObjectionStatus = z.output<typeof ZObjectionStatusSchema>;
