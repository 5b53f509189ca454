import { z } from 'zod';
import { AUDIT_ACTIONS } from '@/lib/audit/catalogue';
import { bigintText, calendarDate } from './input';

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    z.string().max(max, `Use at most ${max} characters.`).optional(),
  );
// Strict calendar days: Date.parse takes 30 February, PostgreSQL does not (issue 21).
const optionalDate = (label: string) => z.preprocess((v) => (v === '' ? undefined : v), calendarDate(label).optional());

export const AUDIT_CATEGORIES = [...new Set(Object.values(AUDIT_ACTIONS))].sort();

/** The audit log's filters, as they appear in a shareable URL. */
export const ZAuditFilterSchema = z
  .object({
    actor: optionalText(200),
    category: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(AUDIT_CATEGORIES as [string, ...string[]], { message: 'Choose a category from the list.' }).optional(),
    ),
    action: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .enum(Object.keys(AUDIT_ACTIONS) as [string, ...string[]], { message: 'Choose an action from the list.' })
        .optional(),
    ),
    target: optionalText(200),
    outcome: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(['SUCCESS', 'FAILURE', 'DENIED'], { message: 'Choose success, failure or denied.' }).optional(),
    ),
    from: optionalDate('From'),
    to: optionalDate('To'),
    q: optionalText(200),
    cursor: z.preprocess((v) => (v === '' ? undefined : v), bigintText('That page link is not valid.').optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'To must be on or after From.' });

export type TAuditFilter = z.infer<typeof ZAuditFilterSchema>;

export const ZAuditExportSchema = ZAuditFilterSchema.and(
  z.object({ format: z.enum(['csv', 'jsonl'], { message: 'Choose CSV or JSON Lines.' }) }),
);
