// Allowlists as text, for import and export: one address or CIDR range per line, optionally followed by
// its label — after a “#” (as exported) or simply after a space. Lines starting with “#” are comments.
//
//   # Panel allowlist of Globex
//   203.0.113.0/24   # Office
//   2001:db8:100::/48 Data centre
import { displayNetwork, parseIpNetwork } from './address';

export interface TextEntry {
  line: number;
  cidr: string;
  label: string | null;
}

export interface TextProblem {
  line: number;
  text: string;
  message: string;
  /** The normalised network to use instead, when the problem is host bits. */
  suggestion?: string;
}

export const MAX_LABEL_LENGTH = 100;
export const MAX_IMPORT_CHARS = 200_000;

/** Labels are shown in tables, emails and exports: no control characters, bounded length. */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_LABEL_LENGTH);
}

export function parseRuleText(text: string): { entries: TextEntry[]; problems: TextProblem[] } {
  const entries: TextEntry[] = [];
  const problems: TextProblem[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const hash = trimmed.indexOf('#');
    const before = (hash === -1 ? trimmed : trimmed.slice(0, hash)).trim();
    const comment = hash === -1 ? '' : trimmed.slice(hash + 1);
    const [address = '', ...rest] = before.split(/\s+/);
    const label = cleanLabel(comment || rest.join(' '));
    const parsed = parseIpNetwork(address);
    if (!parsed.ok) {
      problems.push({
        line,
        text: address,
        message: parsed.error,
        ...(parsed.suggestion ? { suggestion: parsed.suggestion } : {}),
      });
      return;
    }
    const first = seen.get(parsed.value.cidr);
    if (first !== undefined) {
      problems.push({
        line,
        text: address,
        message: `${displayNetwork(parsed.value.cidr)} is already on line ${first}.`,
      });
      return;
    }
    seen.set(parsed.value.cidr, line);
    entries.push({ line, cidr: parsed.value.cidr, label: label || null });
  });
  return { entries, problems };
}

export function formatRuleText(p: {
  organizationName: string;
  scopeTitle: string;
  enabled: boolean;
  rules: { cidr: string; label: string }[];
}): string {
  const header = [
    `# ${p.scopeTitle} allowlist of ${p.organizationName} (${p.enabled ? 'on' : 'off'}, ${p.rules.length} ${p.rules.length === 1 ? 'entry' : 'entries'})`,
    '# One address or CIDR range per line; the text after “#” is its label.',
  ];
  const width = Math.max(0, ...p.rules.map((r) => displayNetwork(r.cidr).length));
  return [...header, ...p.rules.map((r) => `${displayNetwork(r.cidr).padEnd(width)} # ${r.label}`)].join('\n') + '\n';
}

export interface RuleDiff {
  added: { cidr: string; label: string }[];
  removed: { cidr: string; label: string }[];
  relabelled: { cidr: string; from: string; to: string }[];
  unchanged: number;
}

/** What replacing `before` with `after` changes; entries without a label keep the one they have. */
export function diffRules(
  before: { cidr: string; label: string }[],
  after: { cidr: string; label: string }[],
): RuleDiff {
  const old = new Map(before.map((r) => [r.cidr, r.label]));
  const next = new Set(after.map((r) => r.cidr));
  const diff: RuleDiff = { added: [], removed: [], relabelled: [], unchanged: 0 };
  for (const r of after) {
    const was = old.get(r.cidr);
    if (was === undefined) diff.added.push(r);
    else if (was !== r.label) diff.relabelled.push({ cidr: r.cidr, from: was, to: r.label });
    else diff.unchanged++;
  }
  for (const r of before) if (!next.has(r.cidr)) diff.removed.push(r);
  return diff;
}
