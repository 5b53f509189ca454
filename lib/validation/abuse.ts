import { z } from 'zod';
import { ABUSE_CATEGORIES, ABUSE_LIMITS, type TAbuseCategory } from '@/lib/abuse/categories';
import { ZEmailSchema } from './auth';
import { emptyToUndefined } from './form-values';

// The public abuse-report form's validation (its choices and limits: lib/abuse/categories.ts).

export const ZAbuseReportSchema = z.object({
  category: z.enum(Object.keys(ABUSE_CATEGORIES) as [TAbuseCategory, ...TAbuseCategory[]], {
    message: 'Choose what kind of abuse you are reporting.',
  }),
  evidence: z
    .string({ message: 'Paste the web address or the full headers of the message.' })
    .trim()
    .min(1, 'Paste the web address or the full headers of the message.')
    .max(ABUSE_LIMITS.evidence, 'That is too long: paste only the headers, without the message body.'),
  description: z
    .string({ message: 'Describe what happened.' })
    .trim()
    .min(
      ABUSE_LIMITS.descriptionMin,
      `Describe what happened in a sentence or two (at least ${ABUSE_LIMITS.descriptionMin} characters).`,
    )
    .max(
      ABUSE_LIMITS.description,
      `Please keep the description under ${ABUSE_LIMITS.description.toLocaleString('en')} characters.`,
    ),
  reporterEmail: z.preprocess(emptyToUndefined, ZEmailSchema.optional()),
  /** Honeypot: hidden from people, filled in by bots. Any value means the report is quietly dropped. */
  website: z.string().max(2000).optional(),
});

export type TAbuseReport = z.infer<typeof ZAbuseReportSchema>;

// ── Staff triage (/studio/abuse) ──

export const ABUSE_STATUSES = ['NEW', 'INVESTIGATING', 'ACTIONED', 'REJECTED'] as const;
export type TAbuseStatus = (typeof ABUSE_STATUSES)[number];

const emptyToUndefinedParam = (v: unknown) => (v === '' || v === null ? undefined : v);
const reportId = z.uuid({ message: 'That abuse report does not exist.' });

/** The queue's filters, as they appear in a shareable URL. */
export const ZAbuseQueueFilterSchema = z.object({
  status: z.preprocess(
    emptyToUndefinedParam,
    z.enum(ABUSE_STATUSES, { message: 'Choose a status from the list.' }).optional(),
  ),
  category: z.preprocess(
    emptyToUndefinedParam,
    z
      .enum(Object.keys(ABUSE_CATEGORIES) as [TAbuseCategory, ...TAbuseCategory[]], {
        message: 'Choose a category from the list.',
      })
      .optional(),
  ),
  /** "me", "unassigned", or a staff member's user id. */
  assignee: z.preprocess(
    emptyToUndefinedParam,
    z.union([z.enum(['me', 'unassigned']), z.uuid()], { message: 'Choose an assignee from the list.' }).optional(),
  ),
  /** Keyset cursor: the id of the last report of the previous page (ids grow with time). */
  cursor: z.preprocess(emptyToUndefinedParam, z.uuid({ message: 'That page link is not valid.' }).optional()),
});
export type TAbuseQueueFilter = z.infer<typeof ZAbuseQueueFilterSchema>;

export const ZAbuseReportIdSchema = z.object({ reportId });

/** Assign to a staff member (user id), to "me", or to nobody (""). */
export const ZAssignAbuseReportSchema = z.object({
  reportId,
  assignee: z.union([z.literal('me'), z.literal(''), z.uuid()], { message: 'Choose someone from the list.' }),
});
export type TAssignAbuseReport = z.infer<typeof ZAssignAbuseReportSchema>;

const noteText = (empty: string) =>
  z
    .string({ message: empty })
    .trim()
    .min(1, empty)
    .max(ABUSE_LIMITS.description, `Please keep it under ${ABUSE_LIMITS.description.toLocaleString('en')} characters.`);

export const ZChangeAbuseStatusSchema = z.object({
  reportId,
  status: z.enum(ABUSE_STATUSES, { message: 'Choose a status from the list.' }),
  note: z.preprocess(emptyToUndefined, noteText('').optional()),
});
export type TChangeAbuseStatus = z.infer<typeof ZChangeAbuseStatusSchema>;

export const ZAbuseNoteSchema = z.object({ reportId, body: noteText('Write the note first.') });
export type TAbuseNote = z.infer<typeof ZAbuseNoteSchema>;

export const ZAbuseReplySchema = z.object({ reportId, body: noteText('Write the reply first.') });
export type TAbuseReply = z.infer<typeof ZAbuseReplySchema>;
