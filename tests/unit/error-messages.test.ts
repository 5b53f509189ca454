// Issue 20 (messages in one place): every refusal names a reason of lib/messages/errors.ts, which holds its
// HTTP-level code and its words; nothing in lib/ or app/ writes its own error sentence, and nothing branches
// on an error's text. This file checks the catalogue, the typed params and, by reading the sources, the rule.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import {
  CODE_MESSAGES,
  FIELD_MESSAGES,
  fieldMessage,
  formatReason,
  REASONS,
  type ErrorReason,
} from '@/lib/messages/errors';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const SOURCES = [...sourceFiles('lib'), ...sourceFiles('app')]
  .filter((f) => f !== path.join('lib', 'messages', 'errors.ts'))
  .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('the error catalogue', () => {
  const reasons = Object.entries(REASONS) as [
    keyof typeof REASONS,
    { code: keyof typeof CODE_MESSAGES; message: string },
  ][];

  it('gives every reason a known code and a non-empty message', () => {
    expect(reasons.length).toBeGreaterThan(100);
    for (const [reason, { code, message }] of reasons) {
      expect(Object.keys(CODE_MESSAGES), reason).toContain(code);
      expect(HTTP_STATUS[code], reason).toBeGreaterThanOrEqual(400);
      expect(message.trim().length, reason).toBeGreaterThan(0);
      // A specific reason never shadows a code: `reason === code` means "the generic message".
      expect(Object.keys(CODE_MESSAGES), reason).not.toContain(reason);
    }
    for (const [code, message] of Object.entries(CODE_MESSAGES)) expect(message.trim().length, code).toBeGreaterThan(0);
  });

  it('fills every param of a message, and leaves nothing unfilled', () => {
    for (const [reason, { message }] of reasons) {
      const params = Object.fromEntries(placeholders(message).map((p) => [p, `<${p}>`]));
      const text = formatReason(reason, params);
      expect(text, reason).not.toMatch(/\{\w+\}/);
      for (const p of placeholders(message)) expect(text, reason).toContain(`<${p}>`);
    }
  });

  it('puts the code, the reason and the same words on the error and on the action result', () => {
    const err = new AppError('LAST_OWNER', { name: 'Ada', organization: 'Acme' });
    expect(err).toMatchObject({ code: 'FORBIDDEN', reason: 'LAST_OWNER' });
    expect(err.message).toBe(
      'Ada is the only owner of Acme. Make someone else an owner first (transfer ownership), then try again.',
    );
    expect(toErrorResult(err)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'LAST_OWNER',
      error: err.message,
    });
    expect(new AppError('NOT_FOUND')).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      message: CODE_MESSAGES.NOT_FOUND,
    });
    expect(toErrorResult(new Error('secret detail'))).toEqual({
      ok: false,
      code: 'INTERNAL',
      reason: 'INTERNAL',
      error: CODE_MESSAGES.INTERNAL,
    });
  });

  it('types the params of each reason (checked by tsc, which reads this file)', () => {
    const typed = (): AppError[] => [
      new AppError('CUSTOMER_NOT_SUSPENDED', { name: 'Acme' }),
      // @ts-expect-error — a message with params needs them
      new AppError('CUSTOMER_NOT_SUSPENDED'),
      // @ts-expect-error — every param, by name
      new AppError('CUSTOMER_NOT_SUSPENDED', { organization: 'Acme' }),
      // @ts-expect-error — a message without params takes none
      new AppError('ROLE_NOT_FOUND', { name: 'x' }),
      // @ts-expect-error — free text is not a reason
      new AppError('NOT_FOUND', 'That was not found.'),
    ];
    expect(typed().map((e) => e.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('uses every reason and every field message somewhere in lib/ or app/', () => {
    const all = SOURCES.map((s) => s.text).join('\n');
    const keys = [...reasons.map(([reason]) => reason), ...Object.keys(FIELD_MESSAGES)];
    expect(keys.filter((key) => !all.includes(`'${key}'`))).toEqual([]);
  });

  it('gives every field message words, and fills its params', () => {
    for (const [key, message] of Object.entries(FIELD_MESSAGES)) expect(message.trim().length, key).toBeGreaterThan(0);
    expect(fieldMessage('CONFIRM_SLUG', { slug: 'acme' })).toBe('Type “acme” to confirm.');
    // @ts-expect-error — a field message with params needs them
    expect(fieldMessage('CONFIRM_SLUG')).toBe('Type “{slug}” to confirm.');
    // @ts-expect-error — one without params takes none
    expect(fieldMessage('FILE_EMPTY', { x: 1 })).toBe('The file is empty.');
  });
});

describe('no error sentences outside the catalogue', () => {
  it('never passes a string as the message of an AppError in lib/ or app/', () => {
    const offenders: string[] = [];
    for (const { file, text } of SOURCES) {
      // The argument after the first one is params (an object), never a string or template literal.
      // (A Refusal first names the short reason kept in the audit event, then the AppError arguments.)
      for (const m of text.matchAll(
        /new AppError\(\s*[^,()]+,\s*['"`]|new Refusal\(\s*'[^']*'\s*,\s*[^,()]+,\s*['"`]/g,
      )) {
        offenders.push(`${file}:${text.slice(0, m.index).split('\n').length}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('never writes a field message in the fieldErrors of an AppError (use fieldMessage)', () => {
    const offenders: string[] = [];
    for (const { file, text } of SOURCES) {
      text.split('\n').forEach((line, i) => {
        if (/new AppError\(/.test(line) && /(\w|\])\s*:\s*\[\s*['"`]/.test(line)) offenders.push(`${file}:${i + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('never branches on the text of an error result (branch on `reason`)', () => {
    const offenders = SOURCES.filter(({ text }) =>
      /\b(result|r|err|error)\.(error|message)\.(includes|startsWith|endsWith|match)\(|\.error === ['`]/.test(text),
    ).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it('every reason thrown by name exists in the catalogue', () => {
    const known = new Set<string>([...Object.keys(REASONS), ...Object.keys(CODE_MESSAGES)]);
    const unknown: string[] = [];
    for (const { file, text } of SOURCES) {
      for (const m of text.matchAll(/new AppError\(\s*'([A-Z_]+)'/g))
        if (!known.has(m[1]!)) unknown.push(`${file}: ${m[1]}`);
    }
    expect(unknown).toEqual([]);
  });
});

// Keeps the type import honest for readers: a reason is a key, never a sentence.
export type { ErrorReason };
