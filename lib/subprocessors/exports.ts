import 'server-only';
import { getConfig } from '@/lib/config';
import { apiError } from '@/lib/api/with-api-key';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { ZAsOfSchema } from '@/lib/validation/subprocessors';
import { COUNTRIES, countryName } from './countries';
import { todayUtc } from './diff';
import { listUpcomingChanges, registerAsOf } from './register';
import { queryInput } from '@/lib/validation/input';

// The machine-readable register: GET /subprocessors.json and /subprocessors.csv (same columns), described
// by the JSON Schema at /subprocessors.schema.json. Bump REGISTER_SCHEMA_VERSION's major on any change a
// consumer could trip on (renamed or removed field); add fields with a minor bump.

export const REGISTER_SCHEMA_VERSION = '1.0';

/** ?as_of=YYYY-MM-DD, or today when absent; a malformed or impossible date is a VALIDATION error. */
export function parseAsOf(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw === '') return todayUtc();
  const parsed = ZAsOfSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('SUBPROCESSOR_EXPORT_DATE_INVALID', undefined, { as_of: [fieldMessage('DATE_FORMAT')] });
  return parsed.data;
}

/** Answers a register download for `?as_of=` (today when absent); a bad date gets a 400 JSON error. */
export async function respondAsOf(request: Request, respond: (asOf: string) => Promise<Response>): Promise<Response> {
  let asOf: string;
  try {
    asOf = parseAsOf(queryInput(new URL(request.url).searchParams).as_of);
  } catch (err) {
    if (err instanceof AppError) return apiError(err);
    throw err;
  }
  return respond(asOf);
}

export async function registerDocument(asOf: string) {
  const today = todayUtc();
  const rows = await registerAsOf(asOf);
  const base = getConfig().appUrl;
  const upcoming = asOf === today ? await listUpcomingChanges(today) : [];
  return {
    schemaVersion: REGISTER_SCHEMA_VERSION,
    $schema: new URL('/subprocessors.schema.json', base).toString(),
    asOf,
    generatedAt: new Date().toISOString(),
    subprocessors: rows.map((s) => ({
      id: s.slug,
      legalName: s.legalName,
      purpose: s.purpose,
      dataCategories: s.dataCategories,
      dataSubjects: s.dataSubjects,
      locations: s.locations.map((code) => ({
        country: code,
        name: countryName(code),
        eea: COUNTRIES[code]?.eea ?? false,
        adequacyDecision: COUNTRIES[code]?.adequacy ?? false,
      })),
      transferMechanism: s.transferMechanism,
      sccModule: s.sccModule,
      website: s.website,
      privacyUrl: s.privacyUrl,
      effectiveFrom: s.effectiveFrom,
      effectiveUntil: s.effectiveUntil,
    })),
    upcomingChanges: upcoming.map((c) => ({
      number: c.number,
      summary: c.summary,
      effectiveDate: c.effectiveDate,
      objectionDeadline: c.objectionDeadline,
      url: new URL(`/subprocessors/notices/${c.number}`, base).toString(),
    })),
  };
}

export const CSV_COLUMNS = [
  'id',
  'legalName',
  'purpose',
  'dataCategories',
  'dataSubjects',
  'locations',
  'transferMechanism',
  'sccModule',
  'website',
  'privacyUrl',
  'effectiveFrom',
  'effectiveUntil',
] as const;

/**
 * One RFC 4180 cell. A cell a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) gets a leading apostrophe, so opening the download never executes anything.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function registerCsv(asOf: string): Promise<string> {
  const doc = await registerDocument(asOf);
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of doc.subprocessors) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: s.id,
      legalName: s.legalName,
      purpose: s.purpose,
      dataCategories: s.dataCategories.join('; '),
      dataSubjects: s.dataSubjects.join('; '),
      locations: s.locations.map((l) => l.country).join('; '),
      transferMechanism: s.transferMechanism,
      sccModule: s.sccModule === null ? '' : String(s.sccModule),
      website: s.website,
      privacyUrl: s.privacyUrl,
      effectiveFrom: s.effectiveFrom,
      effectiveUntil: s.effectiveUntil ?? '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const day = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** JSON Schema (draft 2020-12) of /subprocessors.json, served at /subprocessors.schema.json. */
export function registerJsonSchema() {
  const base = getConfig().appUrl;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('/subprocessors.schema.json', base).toString(),
    title: 'Sub-processor register',
    description: `The sub-processors in use on a date (asOf). Schema version ${REGISTER_SCHEMA_VERSION}: the major number changes only when a field is renamed or removed.`,
    type: 'object',
    required: ['schemaVersion', 'asOf', 'generatedAt', 'subprocessors', 'upcomingChanges'],
    properties: {
      schemaVersion: { type: 'string', const: REGISTER_SCHEMA_VERSION },
      $schema: { type: 'string', format: 'uri' },
      asOf: {
        ...day,
        description: 'The day the list describes (UTC). Pass ?as_of=YYYY-MM-DD for a past or future day.',
      },
      generatedAt: { type: 'string', format: 'date-time' },
      subprocessors: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'id',
            'legalName',
            'purpose',
            'dataCategories',
            'dataSubjects',
            'locations',
            'transferMechanism',
            'sccModule',
            'website',
            'privacyUrl',
            'effectiveFrom',
            'effectiveUntil',
          ],
          properties: {
            id: {
              type: 'string',
              pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
              description: 'Stable identifier across the register’s history.',
            },
            legalName: { type: 'string' },
            purpose: { type: 'string', description: 'Service provided and why it needs personal data.' },
            dataCategories: { type: 'array', items: { type: 'string' } },
            dataSubjects: { type: 'array', items: { type: 'string' } },
            locations: {
              type: 'array',
              items: {
                type: 'object',
                required: ['country', 'name', 'eea', 'adequacyDecision'],
                properties: {
                  country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code.' },
                  name: { type: 'string' },
                  eea: { type: 'boolean', description: 'Member of the European Economic Area.' },
                  adequacyDecision: {
                    type: 'boolean',
                    description:
                      'Covered by an EU adequacy decision (for the US: organisations certified under the EU-US Data Privacy Framework).',
                  },
                },
              },
            },
            transferMechanism: {
              enum: ['ADEQUACY', 'SCC_2021', 'BCR', 'NONE_NEEDED'],
              description: 'How data leaving the EEA is protected.',
            },
            sccModule: {
              type: ['integer', 'null'],
              minimum: 1,
              maximum: 4,
              description: 'Module of the 2021 standard contractual clauses, when transferMechanism is SCC_2021.',
            },
            website: { type: 'string', format: 'uri' },
            privacyUrl: {
              type: 'string',
              format: 'uri',
              description: 'Its data processing agreement or privacy notice.',
            },
            effectiveFrom: { ...day, description: 'First day in use.' },
            effectiveUntil: {
              anyOf: [day, { type: 'null' }],
              description: 'Last day in use (inclusive), when an end is announced.',
            },
          },
        },
      },
      upcomingChanges: {
        type: 'array',
        description: 'Published changes not yet in effect (only when asOf is today).',
        items: {
          type: 'object',
          required: ['number', 'summary', 'effectiveDate', 'objectionDeadline', 'url'],
          properties: {
            number: { type: 'integer' },
            summary: { type: 'string' },
            effectiveDate: day,
            objectionDeadline: { ...day, description: 'Last day to object (the day before the effective date).' },
            url: { type: 'string', format: 'uri' },
          },
        },
      },
    },
  };
}
