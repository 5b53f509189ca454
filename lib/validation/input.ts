// The one input layer: every page's search parameters and path segments, every route's query string and
// every server action's form are read through here before a zod schema sees them (issue 21, finding 3).
// - Text is cleaned: NUL and the other control characters (except tab, line feed, carriage return) are
//   removed and lone UTF-16 surrogates become U+FFFD, so nothing PostgreSQL refuses (22021) gets that far.
//   Stripping rather than refusing lets each field's own schema message speak ("Describe what happened")
//   instead of a generic one.
// - A body that is not a form (an array, a string, null: what no page of ours sends) is a VALIDATION error.
// - Calendar dates are checked strictly (no 30 February, years 1900-9999) and numbers are bounded before
//   they reach BigInt or SQL: see calendarDate() and bigintText().
// Routes that stream validate their whole query before the first byte (see the audit export route).
import { z } from 'zod';
import { appErrorOnFields } from '@/lib/errors';
import { formatReason } from '@/lib/messages/errors';
import { fieldErrorsFrom } from './action-input';

// C0 controls except \t \n \r, DEL and the C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The longest value one query-string parameter or path segment may carry into a schema. */
export const MAX_QUERY_VALUE = 2000;
const MAX_DEPTH = 8;

export const NOT_A_FORM = formatReason('FORM_UNREADABLE');

/** A string as PostgreSQL and the page can take it: no control characters, well-formed UTF-16. */
export function cleanText(s: string): string {
  return s.replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATE, '\uFFFD');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Strings cleaned at any depth of arrays and plain objects; anything else (numbers, files, dates) as is. */
export function cleanValue(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return cleanText(v);
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(v)) return v.map((x) => cleanValue(x, depth + 1));
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '__proto__') continue;
      out[cleanText(k)] = cleanValue(x, depth + 1);
    }
    return out;
  }
  return v;
}

export interface FormInputOptions {
  /** Names whose every value is kept as a list (repeated checkboxes). */
  lists?: readonly string[];
  /**
   * Text fields left uncleaned because their own schema refuses control characters with a more helpful
   * message (the studio's page source says which line holds the binary junk). Their schema must refuse them.
   */
  raw?: readonly string[];
}

/**
 * A server action's input as a plain object: form data (a form post; the last value of a repeated name,
 * or every value for the names in `lists`) or a plain object (a client component's call). Anything else
 * is refused with VALIDATION and NOT_A_FORM.
 */
export function formInput(input: unknown, opts: FormInputOptions = {}): Record<string, unknown> {
  if (input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [rawKey, v] of input.entries()) {
      if (rawKey.startsWith('$ACTION')) continue;
      const key = cleanText(rawKey);
      if (key === '__proto__') continue;
      const value = typeof v === 'string' && !opts.raw?.includes(key) ? cleanText(v) : v;
      if (opts.lists?.includes(key)) ((out[key] ??= []) as unknown[]).push(value);
      else out[key] = value;
    }
    return out;
  }
  if (isPlainObject(input)) {
    const out = cleanValue(input) as Record<string, unknown>;
    for (const key of opts.raw ?? []) if (typeof input[key] === 'string') out[key] = input[key];
    return out;
  }
  throw appErrorOnFields(['_'], 'FORM_UNREADABLE');
}

/** What a server page receives as `searchParams` (awaited). */
export type SearchParams = Record<string, string | string[] | undefined>;
/** A page's searchParams, or a route's URLSearchParams. */
export type SearchParamsInput = SearchParams | URLSearchParams;

/**
 * A query string as one cleaned string per name: the first value (a shared link carries one), at most
 * MAX_QUERY_VALUE characters. Use with a schema (parseQuery) or read single values from it.
 */
export function queryInput(sp: SearchParamsInput): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: [string, string | string[] | undefined][] =
    sp instanceof URLSearchParams ? [...sp.entries()] : Object.entries(sp);
  for (const [rawKey, v] of entries) {
    const key = cleanText(rawKey);
    if (key === '__proto__' || key in out) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') out[key] = cleanText(first).slice(0, MAX_QUERY_VALUE);
  }
  return out;
}

export type QueryResult<T> =
  | { ok: true; data: T; values: Record<string, string>; errors: Record<string, string[]> }
  | { ok: false; data: null; values: Record<string, string>; errors: Record<string, string[]> };

/** A page's or route's query string through its schema: data, or field errors; `values` to fill the form again. */
export function parseQuery<S extends z.ZodType>(schema: S, sp: SearchParamsInput): QueryResult<z.output<S>> {
  const values = queryInput(sp);
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true, data: parsed.data, values, errors: {} }
    : { ok: false, data: null, values, errors: fieldErrorsFrom(parsed.error) };
}

/**
 * One path segment (`[id]`, `[slug]`) or catch-all (`[...slug]`), bounded. A segment holding a control
 * character or a broken surrogate names nothing of ours: it becomes '' (which matches nothing, so 404).
 */
export function pathParam(v: string): string;
export function pathParam(v: string[]): string[];
export function pathParam(v: string | string[]): string | string[] {
  const one = (s: string) => (s.length > MAX_QUERY_VALUE || cleanText(s) !== s ? '' : s);
  return Array.isArray(v) ? v.map(one) : one(v);
}

// ── Dates and numbers ──

/** True for a real calendar day written YYYY-MM-DD, years 1900 to 2999 (no 30 February, no year 275760; a year outside that range is a typo). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A YYYY-MM-DD calendar date (required); `label` names the field in its messages. */
export function calendarDate(label: string) {
  return z
    .string({ message: `${label} must be a date like 2026-11-21.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-11-21.`)
    .refine(isCalendarDate, `${label} is not a real date.`);
}

/** For an ISO date or date-time already checked by zod: its year is one PostgreSQL and people mean (1900-2999). */
export const hasPlausibleYear = (iso: string) => /^(19|2\d)\d\d-/.test(iso);

const INT64_MAX = BigInt('9223372036854775807');

/** Decimal digits that fit a PostgreSQL bigint (a keyset cursor, a sequence number). */
export function bigintText(message: string) {
  // One check, not regex-then-refine: zod runs a refinement even after the regex failed, and BigInt('abc') throws.
  return z.string({ message }).refine((s) => /^\d{1,19}$/.test(s) && BigInt(s) <= INT64_MAX, message);
}

/**
 * An id from a URL or a form that PostgreSQL will read as a uuid. A looser check (36 hex digits or hyphens)
 * let "------------------------------------" through to the database, which refused it with a 500.
 */
export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
