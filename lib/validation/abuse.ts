import { z } from 'zod';
import { ABUSE_CATEGORIES, ABUSE_LIMITS, type TAbuseCategory } from '@/lib/abuse/categories';
import { ZEmailSchema } from './auth';

// The public abuse-report form's validation (its choices and limits: lib/abuse/categories.ts).

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

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
    .min(ABUSE_LIMITS.descriptionMin, `Describe what happened in a sentence or two (at least ${ABUSE_LIMITS.descriptionMin} characters).`)
    .max(ABUSE_LIMITS.description, `Please keep the description under ${ABUSE_LIMITS.description.toLocaleString('en')} characters.`),
  reporterEmail: z.preprocess(emptyToUndefined, ZEmailSchema.optional()),
  /** Honeypot: hidden from people, filled in by bots. Any value means the report is quietly dropped. */
  website: z.string().max(2000).optional(),
});

export type TAbuseReport = z.infer<typeof ZAbuseReportSchema>;
