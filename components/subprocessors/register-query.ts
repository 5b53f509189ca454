// The public table's state lives in the URL (GET form and header links work without JavaScript):
// as_of, purpose, country, mechanism, sort, dir. Pure.
import { ZAsOfSchema } from '@/lib/validation/subprocessors';
import type { SubprocessorSnapshot } from '@/lib/subprocessors/types';

export const SORTS = {
  name: 'Sub-processor',
  purpose: 'Purpose',
  country: 'Locations',
  mechanism: 'Transfer mechanism',
  since: 'Since',
} as const;
export type SortKey = keyof typeof SORTS;

export interface RegisterQuery {
  asOf: string;
  /** The as_of text was not a date: the page says so and shows today. */
  asOfInvalid: string | null;
  purpose: string;
  country: string;
  mechanism: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export function parseRegisterQuery(
  params: Record<string, string | string[] | undefined>,
  today: string,
): RegisterQuery {
  const rawAsOf = one(params.as_of);
  const asOfOk = rawAsOf === '' || ZAsOfSchema.safeParse(rawAsOf).success;
  const sort = one(params.sort);
  return {
    asOf: asOfOk && rawAsOf ? rawAsOf : today,
    asOfInvalid: asOfOk ? null : rawAsOf.slice(0, 40),
    purpose: one(params.purpose).slice(0, 100),
    country: /^[A-Z]{2}$/.test(one(params.country)) ? one(params.country) : '',
    mechanism: one(params.mechanism)
      .replace(/[^A-Z_0-9]/g, '')
      .slice(0, 20),
    // hasOwn, not `in`: ?sort=constructor must not reach Object.prototype.
    sort: Object.hasOwn(SORTS, sort) ? (sort as SortKey) : 'name',
    dir: one(params.dir) === 'desc' ? 'desc' : 'asc',
  };
}

const sortValue: Record<SortKey, (s: SubprocessorSnapshot) => string> = {
  name: (s) => s.legalName,
  purpose: (s) => s.purpose,
  country: (s) => s.locations.join(','),
  mechanism: (s) => s.transferMechanism,
  since: (s) => s.effectiveFrom,
};

export function filterAndSort(rows: readonly SubprocessorSnapshot[], q: RegisterQuery): SubprocessorSnapshot[] {
  const words = q.purpose.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = (s: SubprocessorSnapshot) => `${s.legalName} ${s.purpose} ${s.dataCategories.join(' ')}`.toLowerCase();
  const out = rows.filter(
    (s) =>
      words.every((w) => hay(s).includes(w)) &&
      (!q.country || s.locations.includes(q.country)) &&
      (!q.mechanism || s.transferMechanism === q.mechanism),
  );
  const key = sortValue[q.sort];
  out.sort((a, b) => key(a).localeCompare(key(b)) || a.legalName.localeCompare(b.legalName));
  return q.dir === 'desc' ? out.reverse() : out;
}

/** The page's URL with some parameters changed (empty values left out). */
export function hrefWith(
  q: RegisterQuery,
  today: string,
  changes: Partial<Record<'as_of' | 'purpose' | 'country' | 'mechanism' | 'sort' | 'dir', string>>,
): string {
  const params = new URLSearchParams();
  const base = {
    as_of: q.asOf === today ? '' : q.asOf,
    purpose: q.purpose,
    country: q.country,
    mechanism: q.mechanism,
    sort: q.sort === 'name' ? '' : q.sort,
    dir: q.dir === 'asc' ? '' : q.dir,
  };
  for (const [k, v] of Object.entries({ ...base, ...changes })) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `/subprocessors?${s}` : '/subprocessors';
}
