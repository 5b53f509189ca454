// What createAction (lib/dal.ts) reads from a schema and hands back to a form, kept free of server-only
// imports so client components can use the types and fieldErrorsFrom too.
import type { z } from 'zod';
import type { ActionResult } from '@/lib/errors';

/** Field errors keyed by path ('_' for the form as a whole), as every form and API answer shows them. */
export function fieldErrorsFrom(error: z.ZodError, opts: { fallback?: string } = {}): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join('.') || (opts.fallback ?? '_')] ??= []).push(issue.message);
  return errors;
}

// ── Repeated form keys ──

type Def = {
  type?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
};
const defOf = (s: z.ZodType | undefined): Def => (s as unknown as { _zod?: { def?: Def } })?._zod?.def ?? {};

/** The schema under its wrappers (optional, default, catch, readonly): what a value finally has to be. */
function layersOf(schema: z.ZodType | undefined, depth = 0): z.ZodType[] {
  if (!schema || depth > 10) return [];
  const def = defOf(schema);
  if (def.innerType) return layersOf(def.innerType, depth + 1);
  // A pipe (preprocess, transform, .pipe): either end may be the array (preprocess puts it at the out end).
  if (def.type === 'pipe') return [...layersOf(def.in, depth + 1), ...layersOf(def.out, depth + 1)];
  return [schema];
}

/** The object shapes a form schema is made of (one object, a union or an intersection of objects). */
function shapesOf(schema: z.ZodType, depth = 0): Record<string, z.ZodType>[] {
  if (depth > 10) return [];
  return layersOf(schema).flatMap((layer) => {
    const def = defOf(layer);
    if (def.type === 'object' && def.shape) return [def.shape];
    if (def.type === 'union' && def.options) return def.options.flatMap((o) => shapesOf(o, depth + 1));
    if (def.type === 'intersection') return [...shapesOf(def.left!, depth + 1), ...shapesOf(def.right!, depth + 1)];
    return [];
  });
}

/**
 * The fields a form may repeat (checkboxes of one name, a multiple select): those the schema declares as
 * arrays. The schema decides, so a repeated key is every value for them and the last value for the rest.
 */
export function arrayFieldsOf(schema: z.ZodType): string[] {
  const names = new Set<string>();
  for (const shape of shapesOf(schema)) {
    for (const [name, field] of Object.entries(shape))
      if (layersOf(field).some((l) => defOf(l).type === 'array')) names.add(name);
  }
  return [...names];
}

// ── Values handed back on failure ──

/** Names that carry a secret: never handed back to a page (nor typed as such in `returnValues`). */
export type SecretFieldName =
  | `${string}${'password' | 'Password' | 'token' | 'Token' | 'secret' | 'Secret' | 'ticket' | 'Ticket'}${string}`
  | 'code'
  | `${string}Code`;
export const SECRET_FIELD = /password|token|secret|ticket|^code$|Code$/i;

/** One field as the form sent it: the text, or every text of a repeated (array) field. */
type FormValue<V> = NonNullable<V> extends readonly unknown[] ? string[] : string;
export type FormValues<I, K extends keyof I> = { [P in K]?: FormValue<I[P]> };

/** The input's names a form may get back: any but the secret ones. */
export type ReturnableField<I> = Exclude<keyof I & string, SecretFieldName>;

/**
 * What an action built by createAction answers: a typed result, and on failure what the user typed. An
 * action whose handler always redirects (T = never) only ever answers with a failure.
 */
export type ActionResultWithValues<T, V> =
  ([T] extends [never] ? never : { ok: true; data: T }) | (Extract<ActionResult<T>, { ok: false }> & { values?: V });

const MAX_VALUE = 20_000;
const MAX_ITEMS = 50;

/** The named fields of a form's input, texts only, bounded, secrets left out whatever the caller asked for. */
export function valuesOf(input: Record<string, unknown>, names: readonly string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of names) {
    if (SECRET_FIELD.test(name) || !Object.hasOwn(input, name)) continue;
    const v = input[name];
    if (typeof v === 'string') out[name] = v.slice(0, MAX_VALUE);
    else if (Array.isArray(v))
      out[name] = v
        .filter((x): x is string => typeof x === 'string')
        .slice(0, MAX_ITEMS)
        .map((x) => x.slice(0, MAX_VALUE));
  }
  return out;
}
