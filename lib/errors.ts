// One closed set of error codes and the one place they become words a user can act on.

export const ERROR_MESSAGES = {
  VALIDATION: 'Some fields need attention.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  INVALID_CREDENTIALS: 'Email or password is incorrect.',
  ACCOUNT_DISABLED: 'This account has been deactivated. Contact an administrator of your organization.',
  ORGANIZATION_SUSPENDED: 'This organization is suspended. Contact the support team of the service.',
  FORBIDDEN: 'You do not have permission to do that. Ask an administrator of your organization.',
  NOT_FOUND: 'We could not find that. It may have been removed, or the link may be wrong.',
  CONFLICT: 'Someone else changed this at the same time. Reload to see the latest version, then try again.',
  RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
  REAUTH_REQUIRED: 'Please confirm it is you before making this change.',
  UNAVAILABLE: 'The service is temporarily unavailable. Please try again shortly.',
  INTERNAL: 'Something went wrong on our side. Please try again; if it keeps happening, contact support.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

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

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    /** Overrides the default message when a more specific, user-safe one exists. */
    message?: string,
    public readonly fieldErrors?: Record<string, string[]>,
    /** Extra, user-safe details (e.g. seconds until a rate limit resets). */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> };

/** Turns anything thrown into a user-safe result; unknown errors never leak their message. */
export function toErrorResult(err: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (err instanceof AppError) {
    return { ok: false, error: err.message, code: err.code, fieldErrors: err.fieldErrors, ...(err.details ? { details: err.details } : {}) };
  }
  return { ok: false, error: ERROR_MESSAGES.INTERNAL, code: 'INTERNAL' };
}
