import { z } from 'zod';

// Trust-center content: the frontmatter every MDX page carries (content/README.md is the author's
// version of these rules) and the search query. Shared by the compiler, the studio and the search page.

const isoDate = z
  .string({ message: 'must be a date written as "YYYY-MM-DD" (in quotes)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written as "YYYY-MM-DD"', abort: true })
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      message: 'is not a real calendar date',
    },
  );

export const FRONTMATTER_FIELDS = ['title', 'description', 'section', 'order', 'lastReviewed', 'owner'] as const;
/** Optional, for languages (README "Languages"): a page's revision, and the source revision a translation was made from. */
export const OPTIONAL_FRONTMATTER_FIELDS = ['revision', 'translatedFrom'] as const;
const revisionNumber = z
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be 1 or more');

export const ZPageFrontmatterSchema = z.strictObject(
  {
    title: z
      .string({ message: 'must be text' })
      .trim()
      .min(1, 'must not be empty')
      .max(120, 'must be at most 120 characters'),
    description: z
      .string({ message: 'must be text' })
      .trim()
      .min(1, 'must not be empty')
      .max(160, 'must be at most 160 characters (it is shown in search results and link previews)'),
    section: z
      .string({ message: 'must be text' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a section key in kebab-case'),
    order: z.number({ message: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more'),
    lastReviewed: isoDate,
    owner: z
      .string({ message: 'must be text' })
      .trim()
      .min(1, 'must not be empty')
      .max(80, 'must be at most 80 characters'),
    revision: revisionNumber.optional(),
    translatedFrom: revisionNumber.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: only ${[...FRONTMATTER_FIELDS, ...OPTIONAL_FRONTMATTER_FIELDS].join(', ')} are allowed`
        : undefined,
  },
);
export type TPageFrontmatter = z.infer<typeof ZPageFrontmatterSchema>;

/** `?q=` of the search page and the search dialog's endpoint; anything odd becomes an empty query. */
export const ZSearchQuerySchema = z.object({
  q: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => (v ?? '').replace(/\s+/g, ' ').trim().slice(0, 200)),
});
export type TSearchQuery = z.infer<typeof ZSearchQuerySchema>;
