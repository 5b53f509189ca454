import type { ErrorCode } from '@/lib/errors';

/** What the /setup action hands back to its form: the error, and the harmless values to fill in again. */
export type SetupFormState = {
  ok: false;
  error: string;
  code: ErrorCode;
  fieldErrors?: Record<string, string[]>;
  values: { organizationName?: string; name?: string; email?: string };
} | null;
