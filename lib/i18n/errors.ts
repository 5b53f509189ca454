import 'server-only';
import { AppError, type ActionResult } from '@/lib/errors';
import { SOURCE_LOCALE } from './messages';
import { getTranslator } from './translator';

// An action's failure in the visitor's language (issue 18). lib/messages/errors.ts stays the English source
// (E2E specs assert it, and logs and API JSON keep it); messages/<locale>/errors.json `reasons` says the same
// per reason, and a reason a language lacks keeps its English words. Field errors that only repeat the
// message (appErrorOnFields) follow it; the zod schemas' own field texts stay English for now.

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

/** `failure` (from toErrorResult(err)) with its message in `locale`; English and unknown reasons unchanged. */
export function localizeFailure<F extends Failure>(failure: F, err: unknown, locale: string): F {
  const reason = failure.reason ?? failure.code;
  const message = reasonMessage(locale, reason, err instanceof AppError ? err.params : undefined);
  if (message === null) return failure;
  const fieldErrors = failure.fieldErrors
    ? Object.fromEntries(
        Object.entries(failure.fieldErrors).map(([f, list]) => [
          f,
          list.map((m) => (m === failure.error ? message : m)),
        ]),
      )
    : undefined;
  return { ...failure, error: message, ...(fieldErrors ? { fieldErrors } : {}) };
}
