// createAction (lib/dal.ts) as a form post reaches it: repeated keys, the values a refused form gets back,
// and the one zod-issues → field-errors mapper. No database: public actions without a session cookie.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-tc-peer-address': '198.51.100.7', 'x-request-id': 'req-unit' }),
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => {}, delete: () => {} }),
}));

const { createAction } = await import('@/lib/dal');
const { arrayFieldsOf, fieldErrorsFrom, valuesOf } = await import('@/lib/validation/action-input');

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe('repeated form keys', () => {
  const schema = z.object({
    ids: z.preprocess((v) => v, z.array(z.string()).min(1)),
    tags: z.array(z.string()).optional(),
    name: z.string(),
  });

  it('the schema decides which fields are lists: arrays through optional, preprocess and unions', () => {
    expect(arrayFieldsOf(schema).sort()).toEqual(['ids', 'tags']);
    const union = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), picks: z.array(z.string()) }),
      z.object({ kind: z.literal('b'), one: z.string() }),
    ]);
    expect(arrayFieldsOf(union)).toEqual(['picks']);
    expect(arrayFieldsOf(z.object({ a: z.string(), b: z.number() }))).toEqual([]);
  });

  it('a repeated key is every value for an array field and the last value for the rest', async () => {
    const echo = createAction({ tier: 'public', schema, handler: async (_ctx, input) => input });
    const result = await echo(
      null,
      form([
        ['ids', 'a'],
        ['ids', 'b'],
        ['name', 'first'],
        ['name', 'last'],
        ['tags', 'x'],
      ]),
    );
    expect(result).toEqual({ ok: true, data: { ids: ['a', 'b'], tags: ['x'], name: 'last' } });
  });

  it('one value of an array field is a list of one; a plain object is taken as it is', async () => {
    const echo = createAction({ tier: 'public', schema, handler: async (_ctx, input) => input });
    expect(
      await echo(
        null,
        form([
          ['ids', 'only'],
          ['name', 'n'],
        ]),
      ),
    ).toEqual({ ok: true, data: { ids: ['only'], name: 'n' } });
    expect(await echo(null, { ids: ['p', 'q'], name: 'n' })).toEqual({
      ok: true,
      data: { ids: ['p', 'q'], name: 'n' },
    });
  });
});

describe('values handed back on failure', () => {
  const schema = z.object({
    email: z.email({ message: 'Enter a valid email address.' }),
    newPassword: z.string().min(12, 'Too short.'),
    documentIds: z.array(z.string()),
    note: z.string().optional(),
  });

  it('a refused form gets back the fields it asked for, typed (lists as lists)', async () => {
    const action = createAction({
      tier: 'public',
      schema,
      returnValues: ['email', 'documentIds', 'note'],
      handler: async () => ({ done: true }),
    });
    const result = await action(
      null,
      form([
        ['email', 'not-an-address'],
        ['newPassword', 'short'],
        ['documentIds', 'd1'],
        ['documentIds', 'd2'],
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      values: { email: 'not-an-address', documentIds: ['d1', 'd2'] },
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.fieldErrors).toEqual({ email: ['Enter a valid email address.'], newPassword: ['Too short.'] });
    // Typed: a list field is string[], a text field a string.
    const ids: string[] | undefined = result.values?.documentIds;
    const email: string | undefined = result.values?.email;
    expect([ids, email]).toEqual([['d1', 'd2'], 'not-an-address']);
  });

  it('never a secret, even when a caller lists one (password, token, code, ticket, secret)', async () => {
    const loose = z.object({
      email: z.email(),
      newPassword: z.string(),
      token: z.string(),
      code: z.string(),
      ticket: z.string(),
      apiSecret: z.string(),
    });
    const names = ['email', 'newPassword', 'token', 'code', 'ticket', 'apiSecret'] as never[];
    const action = createAction({ tier: 'public', schema: loose, returnValues: names, handler: async () => ({}) });
    const result = await action(
      null,
      form([
        ['email', 'bad'],
        ['newPassword', 'p@ss'],
        ['token', 't0k'],
        ['code', '123456'],
        ['ticket', 'tk'],
        ['apiSecret', 's3'],
      ]),
    );
    expect(result).toMatchObject({ ok: false, values: { email: 'bad' } });
    expect(JSON.stringify(result)).not.toMatch(/p@ss|t0k|123456|"tk"|s3/);
    expect(
      valuesOf({ password: 'x', currentPassword: 'y', confirmCode: 'z', name: 'n' }, [
        'password',
        'currentPassword',
        'confirmCode',
        'name',
      ]),
    ).toEqual({ name: 'n' });
  });

  it('no values unless asked for, and none for a body that is not a form', async () => {
    const plain = createAction({ tier: 'public', schema, handler: async () => ({}) });
    expect(await plain(null, form([['email', 'bad']]))).not.toHaveProperty('values');
    const formOnly = createAction({
      tier: 'public',
      schema,
      formOnly: 'FORM_NOT_FROM_PAGE',
      returnValues: ['email'],
      handler: async () => ({}),
    });
    expect(await formOnly(null, { email: 'bad' })).toEqual({
      ok: false,
      code: 'VALIDATION',
      reason: 'FORM_NOT_FROM_PAGE',
      error: 'Send this form from the page.',
      fieldErrors: undefined,
    });
  });
});

describe('fieldErrorsFrom', () => {
  it('keys each message by its path; a form-wide issue goes under "_" (or the fallback given)', () => {
    const schema = z
      .object({ a: z.string().min(2, 'A is short.'), nested: z.object({ b: z.number({ message: 'B is a number.' }) }) })
      .refine(() => false, { message: 'The whole form is wrong.' });
    const parsed = schema.safeParse({ a: 'x', nested: { b: 'no' } });
    if (parsed.success) throw new Error('expected a failure');
    expect(fieldErrorsFrom(parsed.error)).toEqual({ a: ['A is short.'], 'nested.b': ['B is a number.'] });
    const whole = z
      .object({})
      .refine(() => false, { message: 'Nope.' })
      .safeParse({});
    if (whole.success) throw new Error('expected a failure');
    expect(fieldErrorsFrom(whole.error)).toEqual({ _: ['Nope.'] });
    expect(fieldErrorsFrom(whole.error, { fallback: 'legalName' })).toEqual({ legalName: ['Nope.'] });
  });

  it('two messages for one field stay together, in order', () => {
    const parsed = z.object({ pw: z.string().min(20, 'Longer.').regex(/\d/, 'A digit.') }).safeParse({ pw: 'abc' });
    if (parsed.success) throw new Error('expected a failure');
    expect(fieldErrorsFrom(parsed.error)).toEqual({ pw: ['Longer.', 'A digit.'] });
  });
});
