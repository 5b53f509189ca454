// Turning an imported text into the list it describes: labels from the text, else the label the entry
// already has, else "Imported on <date>". Shared by the preview and the save so they cannot disagree.
import { AppError } from '@/lib/errors';
import { formatDate } from '@/lib/ui/format';
import { displayNetwork } from './address';
import { parseRuleText, type TextProblem } from './text-format';

export function plannedFromText(text: string, current: { cidr: string; label: string }[], now = new Date()) {
  const { entries, problems } = parseRuleText(text);
  const labels = new Map(current.map((r) => [r.cidr, r.label]));
  const fallback = `Imported on ${formatDate(now)}`;
  return { problems, rules: entries.map((e) => ({ cidr: e.cidr, label: e.label ?? labels.get(e.cidr) ?? fallback })) };
}

export function problemsError(problems: TextProblem[]): AppError {
  const lines = problems
    .slice(0, 20)
    .map((p) => `Line ${p.line}: ${p.message}${p.suggestion ? ` (use ${displayNetwork(p.suggestion)})` : ''}`);
  if (problems.length > 20) lines.push(`… and ${problems.length - 20} more lines with problems.`);
  return new AppError('IP_IMPORT_LINES_INVALID', undefined, { text: lines });
}
