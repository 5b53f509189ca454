import { z } from 'zod';
import { COUNTRIES, isKnownCountry } from '@/lib/subprocessors/countries';
import { hasPlausibleYear } from './input';

// The sub-processor register: the fields of one sub-processor, the operations of a drafted change, and
// the draft itself. Shared by the studio form (client-side checks) and the use-cases.

export const TRANSFER_MECHANISM_LABELS = {
  ADEQUACY: 'Adequacy decision',
  SCC_2021: 'Standard contractual clauses (2021)',
  BCR: 'Binding corporate rules',
  NONE_NEEDED: 'None needed (EEA only)',
} as const;
export type TTransferMechanism = keyof typeof TRANSFER_MECHANISM_LABELS;
export const TRANSFER_MECHANISMS = Object.keys(TRANSFER_MECHANISM_LABELS) as [
  TTransferMechanism,
  ...TTransferMechanism[],
];

export const SCC_MODULE_LABELS: Record<number, string> = {
  1: 'Module 1 (controller to controller)',
  2: 'Module 2 (controller to processor)',
  3: 'Module 3 (processor to processor)',
  4: 'Module 4 (processor to controller)',
};

/** "a, b; c" or one per line → ['a', 'b', 'c'] (form fields arrive as text). */
const splitList = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : v;

const textList = (what: string) =>
  z.preprocess(
    splitList,
    z
      .array(z.string().trim().min(1).max(80, `Keep each of the ${what} under 80 characters.`), {
        message: `List the ${what}.`,
      })
      .min(1, `List at least one of the ${what}, separated by commas.`)
      .max(30, `List at most 30 ${what}.`)
      .transform((items) => [...new Set(items)]),
  );

const httpsUrl = (label: string) =>
  z
    .string({ message: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(500, `Keep the ${label} under 500 characters.`)
    .refine((v) => {
      try {
        return new URL(v).protocol === 'https:';
      } catch {
        return false;
      }
    }, `Enter the ${label} as a full https:// address.`);

const locations = z.preprocess(
  (v) =>
    Array.isArray(splitList(v))
      ? (splitList(v) as unknown[]).map((c) => (typeof c === 'string' ? c.toUpperCase() : c))
      : v,
  z
    .array(z.string(), { message: 'List the countries, as codes such as DE, IE or US.' })
    .min(1, 'List at least one country, as codes such as DE, IE or US.')
    .max(60, 'List at most 60 countries.')
    .superRefine((codes, ctx) => {
      const unknown = codes.filter((c) => !isKnownCountry(c));
      if (unknown.length)
        ctx.addIssue({
          code: 'custom',
          message: `Unknown country code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Use two-letter ISO codes such as DE, IE or US.`,
        });
    })
    .transform((codes) => [...new Set(codes)]),
);

const sccModule = z.preprocess(
  (v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
  z.number().int().min(1, 'Choose an SCC module from 1 to 4.').max(4, 'Choose an SCC module from 1 to 4.').nullable(),
);

const fieldShapes = {
  legalName: z
    .string({ message: 'Enter the legal entity name.' })
    .trim()
    .min(2, 'Enter the legal entity name.')
    .max(200, 'Keep the legal entity name under 200 characters.'),
  purpose: z
    .string({ message: 'Describe the purpose.' })
    .trim()
    .min(5, 'Describe what they do for us (at least 5 characters).')
    .max(500, 'Keep the purpose under 500 characters.'),
  dataCategories: textList('data categories'),
  dataSubjects: textList('data subjects'),
  locations,
  transferMechanism: z.enum(TRANSFER_MECHANISMS, { message: 'Choose the transfer mechanism.' }),
  sccModule,
  website: httpsUrl('website'),
  privacyUrl: httpsUrl('DPA or privacy link'),
};

type FieldsOut = { [K in keyof typeof fieldShapes]: z.output<(typeof fieldShapes)[K]> };

/** Rules across fields: SCCs name their module; data leaving the EEA has a mechanism that covers it. */
export function checkTransferRules(
  f: Pick<FieldsOut, 'locations' | 'transferMechanism' | 'sccModule'>,
  ctx: z.RefinementCtx,
) {
  if (f.transferMechanism === 'SCC_2021' && f.sccModule === null)
    ctx.addIssue({ code: 'custom', path: ['sccModule'], message: 'Choose the SCC module (1–4).' });
  if (f.transferMechanism !== 'SCC_2021' && f.sccModule !== null)
    ctx.addIssue({
      code: 'custom',
      path: ['sccModule'],
      message: 'An SCC module applies only to standard contractual clauses.',
    });
  // Unknown codes have their own message on the locations field; they are not "outside the EEA".
  const outside = f.locations.filter((c) => COUNTRIES[c] && !COUNTRIES[c].eea);
  if (f.transferMechanism === 'NONE_NEEDED' && outside.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['transferMechanism'],
      message: `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} outside the EEA: choose the transfer mechanism that covers it.`,
    });
  }
  const notAdequate = f.locations.filter((c) => COUNTRIES[c] && !COUNTRIES[c].eea && !COUNTRIES[c].adequacy);
  if (f.transferMechanism === 'ADEQUACY' && notAdequate.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['transferMechanism'],
      message: `No adequacy decision covers ${notAdequate.join(', ')}: choose SCCs or binding corporate rules.`,
    });
  }
}

export const ZSubprocessorFieldsSchema = z.object(fieldShapes).superRefine(checkTransferRules);
export type TSubprocessorFields = z.output<typeof ZSubprocessorFieldsSchema>;
export type TSubprocessorFieldsInput = z.input<typeof ZSubprocessorFieldsSchema>;

/** A change to an existing sub-processor carries only the fields it changes (checked again once merged). */
export const ZSubprocessorFieldChangesSchema = z
  .object(fieldShapes)
  .partial()
  .refine((f) => Object.keys(f).length > 0, 'Change at least one field.');

export const ZRegisterSlugSchema = z
  .string({ message: 'Enter a public id.' })
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens, such as nimbus-cloud.')
  .max(80, 'Keep the public id under 80 characters.');

export const ZRegisterOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), slug: ZRegisterSlugSchema, fields: ZSubprocessorFieldsSchema }),
  z.object({ op: z.literal('update'), slug: ZRegisterSlugSchema, fields: ZSubprocessorFieldChangesSchema }),
  z.object({ op: z.literal('remove'), slug: ZRegisterSlugSchema }),
]);
export type TRegisterOperation = z.output<typeof ZRegisterOperationSchema>;

const isoDay = z.iso
  .date({ message: 'Enter the effective date as a date such as 2026-12-31.' })
  .refine(hasPlausibleYear, 'Enter the effective date as a date such as 2026-12-31.');

export const ZChangeDraftSchema = z
  .object({
    summary: z
      .string({ message: 'Summarise the change.' })
      .trim()
      .min(5, 'Summarise the change in a sentence (at least 5 characters).')
      .max(500, 'Keep the summary under 500 characters.'),
    effectiveDate: isoDay,
    operations: z
      .array(ZRegisterOperationSchema, { message: 'Add at least one operation.' })
      .min(1, 'Add at least one operation: add, change or remove a sub-processor.')
      .max(100, 'Keep a change to at most 100 operations.'),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.operations.forEach((o, i) => {
      if (seen.has(o.slug))
        ctx.addIssue({
          code: 'custom',
          path: ['operations', i, 'slug'],
          message: `${o.slug} appears twice in this change; combine the edits into one.`,
        });
      seen.add(o.slug);
    });
  });
export type TChangeDraft = z.output<typeof ZChangeDraftSchema>;

export const ZChangeRefSchema = z.object({
  changeId: z.uuid({ message: 'Unknown change.' }),
  expectedVersion: z.coerce
    .number({ message: 'Reload the page and try again.' })
    .int('Reload the page and try again.')
    .min(1, 'Reload the page and try again.')
    .max(2_147_483_647, 'Reload the page and try again.'),
});

export const ZAsOfSchema = isoDay;
