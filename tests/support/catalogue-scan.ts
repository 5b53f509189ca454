import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Messages } from '@/lib/i18n/messages';

// Shared by the catalogue tests (console, studio, sign-in screens, every key): they parse source files,
// check each t('key') against English, and find user-visible English left in code.

export const parseSource = (root: string, file: string) =>
  ts.createSourceFile(
    file,
    fs.readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

export function visitTree(node: ts.Node, fn: (n: ts.Node) => void) {
  fn(node);
  node.forEachChild((c) => visitTree(c, fn));
}

/** A key naming a group of messages (`account.users`), not one message. */
export function isMessageGroup(messages: Messages, key: string): boolean {
  let v: Messages | string | undefined = messages;
  for (const part of key.split('.')) v = typeof v === 'object' ? v[part] : undefined;
  return typeof v === 'object';
}

const isScope = (n: ts.Node) => ts.isSourceFile(n) || ts.isFunctionLike(n);
function scopeOf(n: ts.Node): ts.Node {
  let p = n.parent;
  while (!isScope(p)) p = p.parent;
  return p;
}

/** `const t = useTranslations('studio.x')` / `await getConsoleTranslator('studio.x')`: scope → name → namespace. */
function translators(source: ts.SourceFile): Map<ts.Node, Map<string, string>> {
  const out = new Map<ts.Node, Map<string, string>>();
  visitTree(source, (n) => {
    if (!ts.isVariableDeclaration(n) || !ts.isIdentifier(n.name) || !n.initializer) return;
    let init: ts.Expression = n.initializer;
    if (ts.isAwaitExpression(init)) init = init.expression;
    if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return;
    if (!['useTranslations', 'getTranslator', 'getConsoleTranslator'].includes(init.expression.text)) return;
    const ns = init.arguments.at(-1);
    if (!ns || !ts.isStringLiteral(ns)) return;
    const scope = scopeOf(n);
    if (!out.has(scope)) out.set(scope, new Map());
    out.get(scope)!.set(n.name.text, ns.text);
  });
  return out;
}

/** The namespace of the translator `name` seen from `node`: the nearest enclosing declaration. */
function namespaceAt(bound: Map<ts.Node, Map<string, string>>, node: ts.Node, name: string): string | undefined {
  for (let p: ts.Node | undefined = node; p; p = p.parent) {
    const ns = isScope(p) ? bound.get(p)?.get(name) : undefined;
    if (ns) return ns;
  }
  return undefined;
}

/** Every t('key') / t.rich('key') / consoleTitle(ns, key) call in a file: the key as namespace.key, or a problem. */
export function keyUses(
  root: string,
  file: string,
): { key?: string; prefix?: string; problem?: string; line: number }[] {
  const source = parseSource(root, file);
  const bound = translators(source);
  const namespaces = [...new Set([...bound.values()].flatMap((m) => [...m.values()]))];
  const uses: { key?: string; prefix?: string; problem?: string; line: number }[] = [];
  visitTree(source, (n) => {
    if (!ts.isCallExpression(n)) return;
    // consoleTitle('studio.x', 'key'): the page's title.
    if (ts.isIdentifier(n.expression) && n.expression.text === 'consoleTitle') {
      const [ns, key] = n.arguments;
      if (ns && key && ts.isStringLiteral(ns) && ts.isStringLiteral(key))
        uses.push({ key: `${ns.text}.${key.text}`, line: source.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
      return;
    }
    let callee = n.expression;
    if (ts.isPropertyAccessExpression(callee) && ['rich', 'markup'].includes(callee.name.text))
      callee = callee.expression;
    if (!ts.isIdentifier(callee)) return;
    // A helper handed the file's translator as `t` uses the file's one namespace.
    const ns =
      namespaceAt(bound, n, callee.text) ??
      (callee.text === 't' && namespaces.length === 1 ? namespaces[0] : undefined);
    if (!ns) return;
    const line = source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
    const arg = n.arguments[0];
    if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)))
      uses.push({ key: `${ns}.${arg.text}`, line });
    else if (arg && ts.isTemplateExpression(arg) && arg.head.text.endsWith('.'))
      uses.push({ prefix: `${ns}.${arg.head.text.slice(0, -1)}`, line });
    else uses.push({ problem: 'a key the test cannot read (use a literal or `group.${value}`)', line });
  });
  return uses;
}

/**
 * The texts a zod schema can show beside a field: the string literals (prose: two words and more) in the
 * declarations named `roots` of a lib/validation file, and in the file's own declarations they use
 * (`ZEmailSchema`, a `const` helper). Template literals are left out (their words are checked where a
 * test renders them).
 */
export function schemaMessages(root: string, file: string, roots: string[]): string[] {
  const source = parseSource(root, file);
  const declarations = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) declarations.set(d.name.text, d);
    if (ts.isFunctionDeclaration(statement) && statement.name) declarations.set(statement.name.text, statement);
  }
  const seen = new Set<string>();
  const out = new Set<string>();
  const queue = roots.filter((r) => {
    if (!declarations.has(r)) throw new Error(`${file}: no declaration ${r}`);
    return true;
  });
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    visitTree(declarations.get(name)!, (n) => {
      if (ts.isIdentifier(n) && declarations.has(n.text) && !seen.has(n.text)) queue.push(n.text);
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /\S+\s+\S+/.test(n.text)) out.add(n.text);
    });
  }
  return [...out];
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
  // An exception's text for the logs (`throw new Error('unexpected result')`: visitors get the generic INTERNAL
  // message), and a log line (pino: `logger.error({ err }, 'what failed')`).
  if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
  if (
    ts.isCallExpression(p) &&
    ts.isPropertyAccessExpression(p.expression) &&
    /^(error|warn|info|debug)$/.test(p.expression.name.text) &&
    p.arguments[0] &&
    ts.isObjectLiteralExpression(p.arguments[0])
  )
    return true;
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

/**
 * User-visible English left in a file: JSX text and string literals that read as words (labels,
 * aria-labels, confirm prompts, messages). `kept` names constants whose English is kept on purpose.
 */
export function englishLeftIn(root: string, file: string, kept: string[] = []): string[] {
  const sf = parseSource(root, file);
  const found: string[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  // Code samples (<code>, <pre>, <kbd>) stay as they are in every language.
  const inCode = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent)
      if (ts.isJsxElement(p) && ['code', 'pre', 'kbd'].includes(p.openingElement.tagName.getText())) return true;
    return false;
  };
  const isKept = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent)
      if (ts.isVariableDeclaration(p) && kept.includes(p.name.getText())) return true;
    return false;
  };
  visitTree(sf, (n) => {
    if (inCode(n) || isKept(n)) return;
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
