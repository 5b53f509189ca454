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
