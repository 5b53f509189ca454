import { ZVisitorLocaleSchema } from './notices';
import { z } from 'zod';
import { ZEmailSchema } from './auth';
import { emptyToUndefined } from './form-values';
import { hasPlausibleYear } from './input';

// Document library (studio), the public access-request form and the staff decisions.

const isoDate = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    z.iso
      .date({ message: `${label} must be a date such as 2026-03-31.` })
      .refine(hasPlausibleYear, `${label} must be a date such as 2026-03-31.`)
      .optional(),
  );
const uuidList = (message: string) =>
  z.preprocess(
    // A form's repeated checkboxes arrive as a list; an empty one (a stripped NUL byte) chose nothing.
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : Array.isArray(v) ? v.filter((x) => x !== '') : v),
    z.array(z.uuid({ message }), { message }).min(1, message).max(50, 'Choose at most 50 documents.'),
  );

export const DOCUMENT_CATEGORIES = [
  'Certificates',
  'Audit reports',
  'Penetration tests',
  'Policies',
  'Legal',
  'Other',
] as const;

export const ZDocumentDetailsSchema = z
  .object({
    title: z
      .string({ message: 'Enter a title.' })
      .trim()
      .min(3, 'Enter a title of at least 3 characters.')
      .max(160, 'Keep the title under 160 characters.'),
    category: z
      .string({ message: 'Choose a category.' })
      .trim()
      .min(2, 'Choose a category.')
      .max(60, 'Keep the category under 60 characters.'),
    description: z
      .string({ message: 'Describe the document.' })
      .trim()
      .min(10, 'Describe the document in a sentence (at least 10 characters).')
      .max(1000, 'Keep the description under 1,000 characters.'),
    version: z
      .string({ message: 'Enter a version.' })
      .trim()
      .min(1, 'Enter a version, such as 2026-03 or 7.2.')
      .max(40, 'Keep the version under 40 characters.'),
    visibility: z.enum(['PUBLIC', 'GATED'], { message: 'Choose public or gated (under NDA).' }),
    validFrom: isoDate('Valid from'),
    validUntil: isoDate('Valid until'),
  })
  .refine((d) => !d.validFrom || !d.validUntil || d.validFrom <= d.validUntil, {
    path: ['validUntil'],
    message: 'Valid until must be on or after valid from.',
  });
export type TDocumentDetails = z.infer<typeof ZDocumentDetailsSchema>;

export const ZSlugSchema = z
  .string({ message: 'Enter an id.' })
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens, such as soc2-type2-report.')
  .max(80, 'Keep the id under 80 characters.');

export const ZAccessRequestSchema = z.object({
  locale: ZVisitorLocaleSchema,
  name: z
    .string({ message: 'Enter your name.' })
    .trim()
    .min(2, 'Enter your full name.')
    .max(120, 'Keep your name under 120 characters.'),
  email: ZEmailSchema,
  company: z
    .string({ message: 'Enter your company.' })
    .trim()
    .min(2, 'Enter the company you work for.')
    .max(160, 'Keep the company name under 160 characters.'),
  reason: z
    .string({ message: 'Say why you need the documents.' })
    .trim()
    .min(10, 'Say in a sentence why you need the documents (at least 10 characters).')
    .max(2000, 'Keep the reason under 2,000 characters.'),
  documentIds: uuidList('Choose at least one document.'),
  ndaAccepted: z.preprocess(
    (v) => v === 'on' || v === 'true' || v === true,
    z.literal(true, { message: 'Accept the non-disclosure terms to continue.' }),
  ),
  ndaVersion: z.string({ message: 'The terms changed: reload the page and read them again.' }).min(1).max(40),
  /** Honeypot: hidden from people; any value means the request is quietly dropped. */
  website: z.string().max(2000).optional(),
  /** The button pressed: confirm the email by signing in there instead of the emailed link (issue 19). */
  verifyWith: z.preprocess(emptyToUndefined, z.enum(['google', 'microsoft', 'sso']).optional()),
});
export type TAccessRequest = z.infer<typeof ZAccessRequestSchema>;

export const ZDecideAccessSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    requestId: z.uuid({ message: 'Unknown request.' }),
    expiryDays: z.coerce
      .number({ message: 'Enter the number of days.' })
      .int('Enter whole days.')
      .min(1, 'Access lasts at least 1 day.')
      .max(365, 'Access lasts at most 365 days.'),
  }),
  z.object({
    decision: z.literal('deny'),
    requestId: z.uuid({ message: 'Unknown request.' }),
    message: z
      .string({ message: 'Tell the requester why.' })
      .trim()
      .min(5, 'Tell the requester why, in a few words.')
      .max(1000, 'Keep the message under 1,000 characters.'),
  }),
]);
export type TDecideAccess = z.infer<typeof ZDecideAccessSchema>;

export const ZRequestIdSchema = z.object({ requestId: z.uuid({ message: 'Unknown request.' }) });

export const ZAutoApproveRuleSchema = z.object({
  domain: z
    .string({ message: 'Enter an email domain.' })
    .trim()
    .toLowerCase()
    .regex(
      /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/,
      'Enter a domain such as customer.example (without @).',
    ),
  expiryDays: z.coerce
    .number({ message: 'Enter the number of days.' })
    .int('Enter whole days.')
    .min(1, 'Access lasts at least 1 day.')
    .max(365, 'Access lasts at most 365 days.'),
});
export type TAutoApproveRule = z.infer<typeof ZAutoApproveRuleSchema>;

export const ZViewerLinkSchema = z.object({ email: ZEmailSchema });
