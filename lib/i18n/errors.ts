import 'server-only';
import { AppError, type ActionResult } from '@/lib/errors';
import { getMessages, SOURCE_LOCALE, type Messages } from './messages';
import { getTranslator } from './translator';

// An action's failure in the visitor's language (issue 18). lib/messages/errors.ts stays the English source
// (E2E specs assert it, and logs and API JSON keep it); messages/<locale>/errors.json `reasons` says the same
// per reason, and a reason a language lacks keeps its English words. Field errors that only repeat the
// message (appErrorOnFields) follow it. The texts beside a field (the zod schemas' own, and
// FIELD_MESSAGES) stay English in code too: messages/en/errors.json `fields` holds each of them as written
// there, with `{param}` for what varies, so a field error is found by its English words and said again in
// the page's language (tests/unit/i18n-auth-screens.test.ts checks that the sign-in and public forms'
// schemas have every text in the catalogue).

type Failure = Extract<ActionResult<never>, { ok: false }>;

/** "5 minutes" (lib/security/rate-limit.ts minutesText) in `locale`. */
function waitIn(locale: string, wait: string | number): string | number {
  const m = typeof wait === 'string' ? /^(\d+) minutes?$/.exec(wait) : null;
  if (!m) return wait;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Number(m[1]));
}

/** The reason's message in `locale`, or null when that language has no words for it. */
export function reasonMessage(locale: string, reason: string, params?: Record<string, string | number>) {
  if (locale === SOURCE_LOCALE) return null;
  const t = getTranslator(locale, 'errors.reasons');
  if (!t.has(reason)) return null;
  const values = params && 'wait' in params ? { ...params, wait: waitIn(locale, params.wait!) } : params;
  return t(reason, values);
}

type Pattern = { key: string; re: RegExp; names: string[] };
let patterns: Pattern[] | null = null;

/** Each English field text as a pattern: `Use at most {max} characters.` matches "Use at most 80 characters.". */
function fieldPatterns(): Pattern[] {
  if (patterns) return patterns;
  const fields = ((getMessages(SOURCE_LOCALE).errors as Messages | undefined)?.fields ?? {}) as Messages;
  patterns = Object.entries(fields).flatMap(([key, text]) => {
    if (typeof text !== 'string') return [];
    const names: string[] = [];
    const source = text
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1]!);
        return '(.+?)';
      })
      .join('');
    return [{ key, re: new RegExp(`^${source}$`), names }];
  });
  return patterns;
}

/**
 * A field's error (an English text from a zod schema or FIELD_MESSAGES) in `locale`: the catalogue's
 * `errors.fields` entry it matches, with the same values; the English words when none matches.
 */
export function fieldErrorIn(locale: string, english: string): string {
  if (locale === SOURCE_LOCALE) return english;
  for (const { key, re, names } of fieldPatterns()) {
    const m = re.exec(english);
    if (!m) continue;
    const t = getTranslator(locale, 'errors.fields');
    if (!t.has(key)) return english;
    return t(key, Object.fromEntries(names.map((name, i) => [name, m[i + 1]!])));
  }
  return english;
}

/**
 * `failure` (from toErrorResult(err)) with its message and its fields' messages in `locale`; English, and
 * words a language lacks, unchanged.
 */
export function localizeFailure<F extends Failure>(failure: F, err: unknown, locale: string): F {
  if (locale === SOURCE_LOCALE) return failure;
  const reason = failure.reason ?? failure.code;
  const error = reasonMessage(locale, reason, err instanceof AppError ? err.params : undefined) ?? failure.error;
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(
        Object.entries(failure.fieldErrors).map(([f, list]) => [
          f,
          list.map((m) => (m === failure.error ? error : fieldErrorIn(locale, m))),
        ]),
      )
    : undefined;
  return { ...failure, error, ...(fieldErrors ? { fieldErrors } : {}) };
}
