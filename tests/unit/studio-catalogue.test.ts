import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isMessageGroup, keyUses, parseSource, visitTree } from '@/tests/support/catalogue-scan';
import { describe, expect, it } from 'vitest';
import { keyPaths, readLocaleMessages, SOURCE_LOCALE } from '@/lib/i18n/messages';

// Issue 18: the studio stays English for now, but its strings live in the catalogue (messages/en/studio.json)
// so a later language is data, not code. Two checks keep it that way: every t('key') of a converted studio
// file exists in the English catalogue (a typo or a deleted key would otherwise show the key name on
// screen), and no English sentence is written into the markup again.

const root = process.cwd();
const STUDIO = 'app/(studio)/studio';
/** The studio's screens (all of them), its draft preview and the studio-only components: their strings are in the catalogue. */
const CONVERTED = [
  ...[
    'abuse',
    'access-requests',
    'answers',
    'customers',
    'documents',
    'outbox',
    'pages',
    'questionnaires',
    'reviews',
    'settings',
    'subprocessors',
  ].map((d) => `${STUDIO}/${d}`),
  `${STUDIO}/layout.tsx`,
  `${STUDIO}/page.tsx`,
  'app/(studio-preview)',
  'components/studio',
  'components/abuse/triage-forms.tsx',
  'components/answers/answer-entry-form.tsx',
  'components/answers/answer-step-button.tsx',
  'components/customers',
  'components/questionnaires',
  'components/sso/approve-domain-button.tsx',
  'components/documents/access-request-forms.tsx',
  'components/documents/document-form.tsx',
  'components/subprocessors/change-editor.tsx',
  'components/subprocessors/operation-form.tsx',
];

function filesUnder(rel: string): string[] {
  const abs = path.join(root, rel);
  if (!fs.statSync(abs).isDirectory()) return [rel];
  return fs.readdirSync(abs).flatMap((f) => filesUnder(path.join(rel, f)));
}
const files = CONVERTED.flatMap(filesUnder).filter((f) => /\.tsx?$/.test(f));

const catalogue = readLocaleMessages(SOURCE_LOCALE);
const keys = new Set(keyPaths(catalogue));
const isObjectAt = (key: string) => isMessageGroup(catalogue, key);
const parse = (file: string) => parseSource(root, file);
const walk = visitTree;

// Attributes that carry text for people; any letter in them is a sentence to move.
const TEXT_ATTRS = new Set([
  'label',
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'hint',
  'caption',
  'done',
  'description',
  'legend',
  'confirm',
  'confirmText',
  'pendingLabel',
  'emptyText',
]);
// Attributes that never carry text for people.
const CODE_ATTRS = new Set([
  'className',
  'id',
  'name',
  'type',
  'href',
  'action',
  'method',
  'role',
  'variant',
  'tone',
  'autoComplete',
  'inputMode',
  'key',
  'htmlFor',
  'value',
  'defaultValue',
  'accept',
  'rel',
  'target',
  'encType',
  'pattern',
  'lang',
  'scope',
  'aria-current',
  'aria-labelledby',
  'aria-describedby',
  'testId',
  'form',
  'size',
  'align',
]);
/** Letters that are not words to translate: units, abbreviations shown as they are in every language. */
const ALLOWED = new Set(['UTC', 'CSV', 'XLSX', 'NDA', 'ID']);
/** Words, not an address shown as it is (`/documents/`) or an allowed abbreviation. */
const hasWords = (s: string) => /[A-Za-z]/.test(s) && !ALLOWED.has(s.trim()) && !/^\/[\w\-/]*$/.test(s.trim());

/** The string pieces of an expression rendered as text: literals, both sides of ?: and ||, template parts. */
function renderedStrings(e: ts.Expression): string[] {
  if (ts.isParenthesizedExpression(e)) return renderedStrings(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)];
  if (ts.isConditionalExpression(e)) return [...renderedStrings(e.whenTrue), ...renderedStrings(e.whenFalse)];
  if (ts.isBinaryExpression(e)) return [...renderedStrings(e.left), ...renderedStrings(e.right)];
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => renderedStrings(x as ts.Expression));
  return [];
}

function literals(file: string): string[] {
  const source = parse(file);
  const found: string[] = [];
  const at = (n: ts.Node, text: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${JSON.stringify(text.trim())}`);
  walk(source, (n) => {
    if (ts.isJsxText(n) && hasWords(n.text)) at(n, n.text);
    if (ts.isJsxExpression(n) && n.expression && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent)))
      for (const s of renderedStrings(n.expression)) if (hasWords(s)) at(n, s);
    if (ts.isJsxAttribute(n) && n.initializer) {
      const name = n.name.getText(source);
      if (CODE_ATTRS.has(name) || name.startsWith('data-')) return;
      const values = ts.isStringLiteral(n.initializer)
        ? [n.initializer.text]
        : ts.isJsxExpression(n.initializer) && n.initializer.expression
          ? renderedStrings(n.initializer.expression)
          : [];
      for (const v of values)
        if (hasWords(v) && (TEXT_ATTRS.has(name) || /\s/.test(v.trim()) || /^[A-Z][a-z]/.test(v)))
          at(n, `${name}=${v}`);
    }
    // `export const metadata = { title: 'Outbox' }`: the tab's title is text too (generateMetadata instead).
    if (ts.isVariableDeclaration(n) && n.name.getText(source) === 'metadata' && n.initializer)
      walk(n.initializer, (p) => {
        if (ts.isStringLiteral(p) && hasWords(p.text)) at(p, p.text);
      });
  });
  return found;
}

describe('studio message catalogue', () => {
  it('finds the converted studio files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('every studio t() key exists in messages/en', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of files)
      for (const use of keyUses(root, file)) {
        count++;
        if (use.problem) missing.push(`${file}:${use.line} ${use.problem}`);
        else if (use.key && !keys.has(use.key)) missing.push(`${file}:${use.line} ${use.key}`);
        else if (use.prefix && !isObjectAt(use.prefix)) missing.push(`${file}:${use.line} ${use.prefix}.*`);
      }
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });

  it('no English text is written into the converted studio markup', () => {
    expect(files.flatMap(literals)).toEqual([]);
  });
});
