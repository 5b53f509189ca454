import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { englishLeftIn, isMessageGroup, parseSource, visitTree } from '@/tests/support/catalogue-scan';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_NAV } from '@/lib/access/navigation';
import { keyPaths, readLocaleMessages } from '@/lib/i18n/messages';

// Issue 18: the account console stays English for now, but its words live in the catalogue
// (messages/en/account.json) so a later language is data. This test holds the line both ways: every key a
// console file asks for exists in English (a missing one would render as its key name), and no console
// file keeps user-visible English in its code (JSX text, labels, aria-labels, confirm prompts).

const root = process.cwd();

/** The account console: its routes and the components only it uses. */
const CONSOLE_DIRS = [
  'app/(account)',
  'components/account',
  'components/api-keys',
  'components/audit',
  'components/ip-access',
  'components/mfa',
  'components/notifications',
  'components/roles',
  'components/sso',
  'components/support-access',
  'components/users',
  'components/webhooks',
];

/**
 * Components in those folders that belong to another screen's conversion: the single sign-on choice on the
 * sign-in page (components/sso). The sign-in, invitation and IP refusal components that live here
 * (second-factor-step, accept-invitation-form, ip-refused, …) read auth.* and are checked twice: here and by
 * tests/unit/i18n-auth-screens.test.ts.
 */
const NOT_CONSOLE = new Set(['components/sso/sso-choice.tsx']);

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return walk(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Console-only components that live beside public ones (the notice page's diff and objection form). */
const CONSOLE_FILES = ['components/notices/notice-diff.tsx', 'components/notices/objection-form.tsx'];

const files = [...CONSOLE_DIRS.flatMap(walk).filter((f) => !NOT_CONSOLE.has(f)), ...CONSOLE_FILES];
const english = readLocaleMessages('en');
const englishKeys = new Set(keyPaths(english));
const isNamespace = (key: string) => isMessageGroup(english, key);
const parse = (file: string) => parseSource(root, file);
const visit = visitTree;

const textOf = (n: ts.Node | undefined): string | undefined =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;

/**
 * The keys a file asks for: `const t = useTranslations('account.x')` or `getTranslator(locale, 'account.x')`
 * binds t to a namespace; then every t('key') / t.rich('key') / t.has('key') is namespace.key. A template key
 * (t(`status.${s}`)) must at least name an existing group; its leaves are checked by the tests that render it.
 */
function keysUsed(file: string): { key: string; dynamic: boolean; line: number }[] {
  const sf = parse(file);
  const bound = new Map<string, string>();
  visit(sf, (n) => {
    if (!ts.isVariableDeclaration(n) || !ts.isIdentifier(n.name) || !n.initializer) return;
    let init: ts.Expression = n.initializer;
    if (ts.isAwaitExpression(init)) init = init.expression;
    if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return;
    const fnName = init.expression.text;
    if (fnName === 'useTranslations') bound.set(n.name.text, textOf(init.arguments[0]) ?? '');
    if (fnName === 'getTranslator') bound.set(n.name.text, textOf(init.arguments[1]) ?? '');
  });
  const out: { key: string; dynamic: boolean; line: number }[] = [];
  visit(sf, (n) => {
    if (!ts.isCallExpression(n)) return;
    let callee: ts.Expression = n.expression;
    if (ts.isPropertyAccessExpression(callee) && ['rich', 'has', 'markup'].includes(callee.name.text))
      callee = callee.expression;
    if (!ts.isIdentifier(callee) || !bound.has(callee.text)) return;
    const ns = bound.get(callee.text)!;
    const arg = n.arguments[0];
    const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const literal = textOf(arg);
    if (literal !== undefined) out.push({ key: ns ? `${ns}.${literal}` : literal, dynamic: false, line });
    else if (arg && ts.isTemplateExpression(arg)) {
      const head = arg.head.text.replace(/\.$/, '');
      out.push({ key: [ns, head].filter(Boolean).join('.'), dynamic: true, line });
    }
  });
  return out;
}

describe('account console catalogue (issue 18)', () => {
  it('covers the console files', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('every key a console file asks for exists in messages/en', () => {
    const missing = files.flatMap((file) =>
      keysUsed(file)
        .filter(({ key, dynamic }) => (dynamic ? !isNamespace(key) : !englishKeys.has(key)))
        .map(({ key, line }) => `${file}:${line} ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('every console navigation entry has a label in the catalogue', () => {
    for (const { href } of ACCOUNT_NAV) {
      const slug = href === '/account' ? 'overview' : href.split('/').pop()!;
      expect(englishKeys.has(`account.nav.${slug}`), href).toBe(true);
    }
  });

  it('no console file keeps user-visible English in code', () => {
    const left = files.flatMap((file) => englishLeftIn(root, file));
    expect(left).toEqual([]);
  });

  it('reports how many console strings live in the catalogue', () => {
    const count = [...englishKeys].filter((k) => k.startsWith('account.')).length;
    console.info(`account console: ${count} strings in messages/en/account.json`);
    expect(count).toBeGreaterThan(300);
  });
});
