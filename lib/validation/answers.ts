import { z } from 'zod';
import { hasPlausibleYear } from './input';

// The answer library (lib/answers/library) and the public Ask box. Shared by the studio's forms, the API
// and the use-cases. Lists arrive from a no-JavaScript form as one textarea (one item per line) and from
// code as arrays; both parse to arrays here.

export const ANSWER_VISIBILITIES = ['public', 'nda', 'internal'] as const;
export const SHORT_ANSWERS = ['yes', 'no', 'partial', 'not_applicable'] as const;
/** The longest question the Ask box and the API take (a questionnaire's question is rarely over 300). */
export const MAX_QUESTION_CHARS = 500;

const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : Array.isArray(v)
      ? v.flatMap((x) => (typeof x === 'string' ? x.split(/\r?\n/) : [x])).filter((x) => x !== '')
      : v;

const id = (what: string) => z.string({ message: `The ${what} is missing.` }).uuid(`The ${what} is not valid.`);

/** A link on the trust center ("/security/access-control#mfa", "/documents/soc-2-report") or https. */
const HREF = /^(\/[A-Za-z0-9\-._~/]*(#[A-Za-z0-9\-._~]+)?|https:\/\/[^\s<>"]+)$/;

const ZEvidenceItem = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'Give each evidence link a label.')
    .max(200, 'Keep evidence labels under 200 characters.'),
  href: z
    .string()
    .trim()
    .max(500, 'Keep evidence links under 500 characters.')
    .regex(
      HREF,
      'An evidence link is a trust-center path such as /security/encryption#at-rest, or an https:// address.',
    ),
});
export type TEvidence = z.infer<typeof ZEvidenceItem>;

/** "Label | /path#anchor" per line (the form), or { label, href } objects (code). */
const evidence = z.preprocess(
  (v) => {
    const items = lines(v);
    if (!Array.isArray(items)) return items;
    return items.map((l) => {
      if (typeof l !== 'string') return l;
      const bar = l.lastIndexOf('|');
      return bar < 0
        ? { label: l.trim(), href: l.trim() }
        : { label: l.slice(0, bar).trim(), href: l.slice(bar + 1).trim() };
    });
  },
  z.array(ZEvidenceItem).max(10, 'Up to 10 evidence links.'),
);

const question = z
  .string({ message: 'Write the question.' })
  .trim()
  .min(5, 'Write the question (at least 5 characters).')
  .max(MAX_QUESTION_CHARS, `Keep the question under ${MAX_QUESTION_CHARS} characters.`);

export const ZReviseAnswerEntrySchema = z.object({
  /** Null or absent: a new entry. */
  entryId: z.preprocess((v) => (v === '' ? null : v), id('entry').nullable().optional()),
  /** Only for a new entry; derived from the question when absent. */
  slug: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'The slug is lower-case words joined by hyphens, e.g. mfa-for-admins.')
      .max(80, 'Keep the slug under 80 characters.')
      .optional(),
  ),
  question,
  alternatives: z
    .preprocess(
      lines,
      z
        .array(z.string().trim().min(3, 'An alternative phrasing needs at least 3 characters.').max(MAX_QUESTION_CHARS))
        .max(30, 'Up to 30 alternative phrasings.'),
    )
    .default([]),
  shortAnswer: z.enum(SHORT_ANSWERS, { message: 'Choose Yes, No, Partial or Not applicable.' }),
  answer: z
    .string({ message: 'Write the full answer.' })
    .trim()
    .min(2, 'Write the full answer.')
    .max(10_000, 'Keep the answer under 10,000 characters.'),
  evidence: evidence.default([]),
  visibility: z.enum(ANSWER_VISIBILITIES, { message: 'Choose who may see the answer.' }).default('public'),
  /** A vendor staff member's user id; absent: the author. */
  ownerId: z.preprocess((v) => (v === '' ? undefined : v), id('owner').optional()),
  reviewBy: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the review date as a date.')
      .refine(hasPlausibleYear, 'Enter a plausible review date.')
      .optional(),
  ),
  message: z.string().trim().max(2000, 'Keep the message under 2,000 characters.').default(''),
  origin: z.enum(['edit', 'queue', 'questionnaire', 'import']).default('edit'),
  /** A new entry drafted from the Ask queue: that question is marked drafted in the same transaction. */
  askedId: z.preprocess((v) => (v === '' ? undefined : v), id('question').optional()),
});
export type TReviseAnswerEntry = z.input<typeof ZReviseAnswerEntrySchema>;

export const ZAnswerRevisionRefSchema = z.object({ revisionId: id('revision') });
export const ZAnswerEntryRefSchema = z.object({ entryId: id('entry') });
export const ZAskedQuestionRefSchema = z.object({ askedId: id('question') });

export const ZAnswerListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  visibility: z.enum(ANSWER_VISIBILITIES).optional().catch(undefined),
  status: z.enum(['published', 'draft', 'in_review', 'unpublished']).optional().catch(undefined),
  overdue: z
    .preprocess((v) => v === '1' || v === 'true' || v === 'on' || v === true, z.boolean())
    .optional()
    .catch(undefined),
});

/** The Ask box and the API's q. */
export const ZAskSchema = z.object({
  question: z
    .string({ message: 'Type your question.' })
    .trim()
    .min(3, 'Type your question (at least 3 characters).')
    .max(MAX_QUESTION_CHARS, `Keep the question under ${MAX_QUESTION_CHARS} characters.`),
});
