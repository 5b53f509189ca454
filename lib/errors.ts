// One closed set of error codes (the HTTP-level class, public in API JSON) and a closed set of reasons
// (what exactly went wrong): an AppError names a reason and its params, and lib/messages/errors.ts is the
// one place a reason becomes words a user can act on. Branch on `reason`, never on the message.

import {
  CODE_MESSAGES,
  codeOf,
  formatReason,
  type ErrorCode,
  type ErrorReason,
  type ReasonParams,
} from '@/lib/messages/errors';

export type { ErrorCode, ErrorReason };
/** The generic message of each code; the specific ones live beside it in lib/messages/errors.ts. */
export const ERROR_MESSAGES = CODE_MESSAGES;

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  ORGANIZATION_SUSPENDED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  REAUTH_REQUIRED: 403,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

type FieldErrors = Record<string, string[]>;
/** `new AppError(reason, params?, fieldErrors?, details?)`: params are required exactly when the message has some. */
export type AppErrorArgs = {
  [R in ErrorReason]: [ReasonParams<R>] extends [undefined]
    ? [reason: R, params?: undefined, fieldErrors?: FieldErrors, details?: Record<string, unknown>]
    : [reason: R, params: ReasonParams<R>, fieldErrors?: FieldErrors, details?: Record<string, unknown>];
}[ErrorReason];

export class AppError extends Error {
  /** The HTTP-level class (public in API JSON). */
  public readonly code: ErrorCode;
  /** The machine-readable cause: branch on this, never on the message. */
  public readonly reason: ErrorReason;
  public readonly fieldErrors?: FieldErrors;
  /** Extra, user-safe details (e.g. seconds until a rate limit resets). */
  public readonly details?: Record<string, unknown>;
  /** The message's params, so lib/i18n/errors.ts can say it again in the visitor's language. */
  public readonly params?: Record<string, string | number>;

  constructor(...[reason, params, fieldErrors, details]: AppErrorArgs) {
    super(formatReason(reason, params));
    this.name = 'AppError';
    this.params = params;
    this.code = codeOf(reason);
    this.reason = reason;
    this.fieldErrors = fieldErrors;
    this.details = details;
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      code: ErrorCode;
      reason?: ErrorReason;
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    };

/** Turns anything thrown into a user-safe result; unknown errors never leak their message. */
export function toErrorResult(err: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (err instanceof AppError) {
    return {
      ok: false,
      error: err.message,
      code: err.code,
      reason: err.reason,
      fieldErrors: err.fieldErrors,
      ...(err.details ? { details: err.details } : {}),
    };
  }
  return { ok: false, error: ERROR_MESSAGES.INTERNAL, code: 'INTERNAL', reason: 'INTERNAL' };
}

/** An AppError whose message is also shown beside each of `fields` of the form (e.g. a refused link's token). */
export function appErrorOnFields(fields: readonly string[], ...[reason, params, , details]: AppErrorArgs): AppError {
  const message = formatReason(reason, params);
  return new AppError(
    ...([reason, params, Object.fromEntries(fields.map((f) => [f, [message]])), details] as AppErrorArgs),
  );
}
