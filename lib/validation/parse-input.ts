import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { cleanValue, formInput, type FormInputOptions } from './input';
import { fieldErrorsFrom } from './action-input';

/**
 * Parses a use-case's input with its schema, as createAction does, so a use-case called any other way
 * (tests, scripts, the API) gets the same checks and normalisation: VALIDATION with field errors otherwise.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  opts: Pick<FormInputOptions, 'raw'> = {},
): z.output<S> {
  const parsed = schema.safeParse(opts.raw ? formInput(input, opts) : cleanValue(input));
  if (parsed.success) return parsed.data;
  throw new AppError('VALIDATION', undefined, fieldErrorsFrom(parsed.error));
}
