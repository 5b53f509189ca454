import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Messages } from '@/lib/i18n/messages';

// Shared by the console catalogue tests: they parse source files and check each t('key') against English.

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
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /\S+\s+\S+/.test(n.text))
        out.add(n.text);
    });
  }
  return [...out];
}
