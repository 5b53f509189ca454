import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isMessageGroup, parseSource, visitTree } from '@/tests/support/catalogue-scan';
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
 * Components in those folders that the sign-in and invitation pages render (app/(auth), components/auth,
 * the IP refusal page): they are outside the console's message provider and belong to the auth screens'
 * conversion, so they are not checked here.
 */
const NOT_CONSOLE = new Set([
  'components/account/confirm-email-change-form.tsx',
  'components/ip-access/ip-refused.tsx',
  'components/mfa/enrolment-guide-client.tsx',
  'components/mfa/field-alert.tsx',
  'components/mfa/passkey-sign-in.tsx',
  'components/mfa/second-factor-step.tsx',
  'components/mfa/totp-code-field.tsx',
  'components/sso/sso-choice.tsx',
  'components/users/accept-invitation-form.tsx',
]);

/**
 * English kept on purpose, by the constant that holds it: the passkey problems the sign-in screens show
 * (components/auth and second-factor-step are outside the console's provider until the auth screens move
 * to the catalogue; the console itself reads account.mfa.passkeysPanel.webauthn.*).
 */
const KEPT_ENGLISH: Record<string, string[]> = { 'components/mfa/passkeys-panel.tsx': ['WEBAUTHN_PROBLEM_EN'] };

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

/** Attributes whose string values are code, not words. */
const TECHNICAL_ATTRIBUTES = new Set([
  'className',
  'href',
  'id',
  'name',
  'type',
  'method',
  'autoComplete',
  'role',
  'htmlFor',
  'key',
  'inputMode',
  'pattern',
  'rel',
  'target',
  'encType',
  'accept',
  'scope',
  'variant',
  'size',
  'lang',
  'dateTime',
  'form',
  'aria-live',
  'aria-current',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'data-testid',
]);

/** Words that stay as they are in every language: product names, formats, symbols. */
const ALLOWED = new Set([
  'TOTP',
  'CSV',
  'JSON',
  'CIDR',
  'IPv4',
  'IPv6',
  'URL',
  'HTTPS',
  'API',
  'ID',
  'SHA-256',
  'HMAC',
]);

/** Tailwind utilities (`hidden sm:table-cell`, `border-ok text-ok`): class lists, not words. */
const UTILITY_WORDS = new Set([
  'hidden',
  'block',
  'flex',
  'grid',
  'border',
  'rounded',
  'underline',
  'italic',
  'truncate',
]);
const isClassList = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .every((w) => UTILITY_WORDS.has(w) || /^[a-z0-9:[\]=/._-]*[-:][a-z0-9:[\]=/._-]*$/.test(w));

/** Does this string read as words for a person? (Two words, or a capitalised word.) */
const looksLikeProse = (s: string) => {
  const t = s.trim();
  if (!/[A-Za-z]{2}/.test(t) || ALLOWED.has(t) || isClassList(t)) return false;
  return /[A-Za-z]{2,}[^\S\n]+[A-Za-z]{2,}/.test(t) || /^[A-Z][a-z]{2,}/.test(t);
};

/** Strings that are code even when they look like words: module names, directives, catalogue keys. */
function isCodeString(n: ts.Node): boolean {
  const p = n.parent;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExpressionStatement(p)) return true;
  if (ts.isCallExpression(p)) {
    const callee = ts.isPropertyAccessExpression(p.expression) ? p.expression.name.text : p.expression.getText();
    // Translator calls, logging, and comparisons of stored values.
    if (
      /^(t\w*|useTranslations|getTranslator|rich|has|require|import|startsWith|endsWith|includes|split|replace)$/.test(
        callee,
      )
    )
      return true;
  }
  // A value inside an attribute (className={a ? 'x y' : 'z'}) counts as that attribute's.
  let up: ts.Node = p;
  while (
    ts.isConditionalExpression(up) ||
    ts.isParenthesizedExpression(up) ||
    ts.isJsxExpression(up) ||
    ts.isTemplateSpan(up) ||
    ts.isTemplateExpression(up) ||
    (ts.isBinaryExpression(up) && /^(\?\?|\|\||&&)$/.test(up.operatorToken.getText()))
  )
    up = up.parent;
  if (ts.isJsxAttribute(up) && TECHNICAL_ATTRIBUTES.has(up.name.getText())) return true;
  if (ts.isBinaryExpression(p) && /^(===|!==|==|!=)$/.test(p.operatorToken.getText())) return true;
  if (ts.isCaseClause(p) || ts.isLiteralTypeNode(p) || (ts.isPropertyAssignment(p) && p.name === n)) return true;
  if (ts.isElementAccessExpression(p)) return true;
  return false;
}

/** User-visible English left in a file: JSX text and string literals that read as words. */
function literalsIn(file: string): string[] {
  const sf = parse(file);
  const found: string[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  // Code samples (<code>, <pre>, <kbd>) stay as they are in every language.
  const inCode = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent)
      if (ts.isJsxElement(p) && ['code', 'pre', 'kbd'].includes(p.openingElement.tagName.getText())) return true;
    return false;
  };
  const kept = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent)
      if (ts.isVariableDeclaration(p) && KEPT_ENGLISH[file]?.includes(p.name.getText())) return true;
    return false;
  };
  visit(sf, (n) => {
    if (inCode(n) || kept(n)) return;
    if (ts.isJsxText(n)) {
      const text = n.text.replace(/\s+/g, ' ').trim();
      if (/[A-Za-z]{2}/.test(text) && !ALLOWED.has(text)) found.push(`${where(n)} ${JSON.stringify(text)}`);
    } else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && looksLikeProse(n.text)) {
      if (!isCodeString(n)) found.push(`${where(n)} ${JSON.stringify(n.text)}`);
    } else if (ts.isTemplateExpression(n)) {
      const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
      if (
        looksLikeProse(parts.replace(/[^A-Za-z ]/g, ' ').replace(/\s+/g, ' ')) &&
        !isCodeString(n) &&
        /[A-Za-z]{2,} [A-Za-z]{2,}/.test(parts)
      )
        found.push(`${where(n)} ${JSON.stringify(n.getText())}`);
    }
  });
  return found;
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
    const left = files.flatMap(literalsIn);
    expect(left).toEqual([]);
  });

  it('reports how many console strings live in the catalogue', () => {
    const count = [...englishKeys].filter((k) => k.startsWith('account.')).length;
    console.info(`account console: ${count} strings in messages/en/account.json`);
    expect(count).toBeGreaterThan(300);
  });
});
