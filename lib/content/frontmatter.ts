// Reads a page's YAML frontmatter and validates it with ZPageFrontmatterSchema, reporting each problem
// at the line of the offending field (or at the opening "---" for a missing one). YAML 1.2 core schema:
// an unquoted 2026-10-30 stays a string, never silently becomes a Date.
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { FRONTMATTER_FIELDS, ZPageFrontmatterSchema, type TPageFrontmatter } from '@/lib/validation/content';
import type { RuleIssue } from './mdx-rules';

export type FrontmatterResult = { ok: true; data: TPageFrontmatter } | { ok: false; issues: RuleIssue[] };

const FENCE = /^---[ \t]*$/;

export function readFrontmatter(source: string): FrontmatterResult {
  const lines = source.split(/\r?\n/);
  const required = FRONTMATTER_FIELDS.join(', ');
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, issues: [{ line: 1, message: `The page must start with frontmatter between "---" lines, with the fields ${required}.` }] };
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) return { ok: false, issues: [{ line: 1, message: 'The frontmatter is not closed: add a "---" line after the last field.' }] };

  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Line numbers inside the YAML start after the opening fence.
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length) {
    return { ok: false, issues: doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: `The frontmatter is not valid YAML: ${e.message.split('\n')[0]}` })) };
  }
  const raw: unknown = doc.toJS() ?? {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [{ line: 1, message: `The frontmatter must be a list of fields (${required}).` }] };
  }

  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineOf(pair.key.range[0]));
    }
  }
  const parsed = ZPageFrontmatterSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };

  const issues = parsed.error.issues.map((issue): RuleIssue => {
    const field = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      return { line: keyLines.get(issue.keys[0] ?? '') ?? 1, message: `The frontmatter has ${issue.message}.` };
    }
    if (field && !(field in (raw as Record<string, unknown>))) {
      return { line: 1, message: `The frontmatter is missing the required field "${field}" (every page needs ${required}).` };
    }
    return { line: keyLines.get(field) ?? 1, message: `The frontmatter field "${field}" ${issue.message}.` };
  });
  return { ok: false, issues };
}
