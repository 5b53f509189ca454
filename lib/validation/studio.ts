import { z } from 'zod';
import { hasPlausibleYear } from './input';

// The studio: page sources, drafts, reviews and the page tree. Shared by the studio's forms and lib/studio.

/** Largest page source the studio accepts (UTF-8 bytes). The longest page of the demo content is ~15 KB. */
export const MAX_SOURCE_BYTES = 200 * 1024;

// Tabs, line feeds and carriage returns are text; every other C0/C1 control character is binary junk.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The problem with a pasted or uploaded source that is not text at all, or null when it is text. */
export function sourceJunkProblem(source: string): string | null {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_SOURCE_BYTES) {
    return `The page is too large: ${Math.ceil(bytes / 1024)} KB, the limit is ${MAX_SOURCE_BYTES / 1024} KB. Split it into several pages.`;
  }
  const nul = source.indexOf('\u0000');
  const lineOf = (i: number) => source.slice(0, i).split('\n').length;
  if (nul >= 0)
    return `The text contains a NUL character (line ${lineOf(nul)}): it looks like binary data, not text. Paste plain text only.`;
  const control = CONTROL.exec(source);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `The text contains the invisible control character U+${code} (line ${lineOf(control.index)}). Remove it; only plain text, tabs and line breaks are allowed.`;
  }
  const broken = LONE_SURROGATE.exec(source) ?? /\uFFFD/.exec(source);
  if (broken)
    return `The text is not valid UTF-8 (line ${lineOf(broken.index)}): it looks like binary data or a file in another encoding. Save it as UTF-8 and paste it again.`;
  return null;
}

/** Decodes file bytes as UTF-8 and refuses anything that is not clean text, with the same messages. */
export function decodeSource(bytes: Uint8Array): { ok: true; source: string } | { ok: false; message: string } {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      message:
        'The text is not valid UTF-8: it looks like binary data or a file in another encoding. Save it as UTF-8 and try again.',
    };
  }
  const problem = sourceJunkProblem(source);
  return problem ? { ok: false, message: problem } : { ok: true, source };
}

export const ZPageSourceSchema = z.string({ message: 'Enter the page source.' }).superRefine((source, ctx) => {
  const problem = sourceJunkProblem(source);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const id = (what: string) => z.uuid({ message: `Choose a ${what}.` });
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ZPageSlugSchema = z
  .string({ message: 'Enter the address of the page.' })
  .trim()
  .min(2, 'Enter an address of at least 2 characters, e.g. "data-retention".')
  .max(60, 'Keep the address under 60 characters.')
  .regex(SLUG, 'Use lower-case letters, digits and single hyphens, e.g. "data-retention".')
  .refine((s) => s !== 'index', 'The name "index" is the section\'s own page; choose another.');

export const ZSectionKeySchema = z.string({ message: 'Choose a section.' }).regex(SLUG, 'Choose a section.');

export const ZCreatePageSchema = z.object({
  section: ZSectionKeySchema,
  slug: ZPageSlugSchema,
  title: z
    .string({ message: 'Enter a title.' })
    .trim()
    .min(3, 'Enter a title of at least 3 characters.')
    .max(120, 'Keep the title under 120 characters.'),
  description: z
    .string({ message: 'Describe the page in a sentence.' })
    .trim()
    .min(10, 'Describe the page in a sentence (at least 10 characters).')
    .max(160, 'Keep the description under 160 characters (it is shown in search results).'),
});
export type TCreatePage = z.infer<typeof ZCreatePageSchema>;

export const ZPageRefSchema = z.object({ pageId: id('page') });
export const ZRenamePageSchema = z.object({ pageId: id('page'), slug: ZPageSlugSchema });
export const ZMovePageSchema = z.object({ pageId: id('page'), section: ZSectionKeySchema });
export const ZReorderPagesSchema = z.object({
  section: ZSectionKeySchema,
  pageIds: z.array(id('page')).min(1, 'Nothing to reorder.').max(200),
});
export const ZSetPageHiddenSchema = z.object({
  pageId: id('page'),
  hidden: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
});

const version = z.coerce.number({ message: 'The draft version is missing.' }).int().min(0);

export const ZSaveDraftSchema = z.object({ pageId: id('page'), source: ZPageSourceSchema, expectedVersion: version });
export const ZDiscardDraftSchema = z.object({ pageId: id('page'), expectedVersion: version });
export const ZValidateSourceSchema = z.object({ pageId: id('page'), source: ZPageSourceSchema });

const requiredBody = z
  .string({ message: 'Write a comment.' })
  .trim()
  .min(1, 'Write a comment.')
  .max(5000, 'Keep the comment under 5,000 characters.');
const optionalBody = z.string().trim().max(5000, 'Keep the comment under 5,000 characters.').optional();

export const ZRequestReviewSchema = z
  .object({
    pageId: id('page'),
    reviewerId: id('reviewer'),
    message: z
      .string({ message: 'Describe the change.' })
      .trim()
      .min(3, 'Describe the change for the reviewer (at least 3 characters).')
      .max(2000, 'Keep the message under 2,000 characters.'),
    notable: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
    summary: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string().trim().max(280, 'Keep the changelog summary under 280 characters.').optional(),
    ),
    expectedVersion: version,
  })
  .refine((r) => !r.notable || (r.summary && r.summary.length >= 10), {
    path: ['summary'],
    message: 'A notable change needs a summary for the public changelog (at least 10 characters).',
  });
export type TRequestReview = z.infer<typeof ZRequestReviewSchema>;

export const ZReviewFilterSchema = z.object({
  filter: z.enum(['assigned-to-me', 'requested-by-me', 'open', 'all']).default('open'),
});
export const ZReviewRefSchema = z.object({ reviewId: id('review') });
export const ZCommentSchema = z.object({ reviewId: id('review'), body: requiredBody });
export const ZApproveSchema = z.object({ reviewId: id('review'), body: optionalBody });
export const ZPublishSchema = z.object({
  reviewId: id('review'),
  at: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.iso
      .datetime({ offset: true, local: true, message: 'Enter the publication time as a date and time.' })
      .refine(hasPlausibleYear, 'Enter the publication time as a date and time.')
      .optional(),
  ),
});

export const ZRevisionRefSchema = z.object({ revisionId: id('revision') });
export const ZRestoreRevisionSchema = z.object({ revisionId: id('revision'), expectedVersion: version });
/** Translations (issue 18): a language code as configured in CONTENT_LOCALES ("de", "pt-BR"). */
export const ZStartTranslationSchema = z.object({
  pageId: id('page'),
  locale: z.string({ message: 'Choose a language.' }).regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Choose a language.'),
});
export const ZUpdateTranslationBaseSchema = z.object({ pageId: id('page'), expectedVersion: version });
export const ZStudioSettingsSchema = z.object({
  fourEyesPublishing: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
});
export const ZChangelogQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: z.iso
    .datetime({ offset: true })
    .refine(hasPlausibleYear, 'before must be a date and time between 1900 and 2999.')
    .optional(),
});
