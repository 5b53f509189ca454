// Reads and rewrites the four frontmatter fields the studio's form edits, touching only their own lines so
// the rest of the author's source (comments, field order, section/order) stays exactly as typed.

export const FORM_FIELDS = ['title', 'description', 'owner', 'lastReviewed'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string>;

const FENCE = /^---[ \t]*$/;

/** Line indexes of the opening and closing "---", or null when the source has no frontmatter block. */
function fences(lines: string[]): { open: number; close: number } | null {
  if (!FENCE.test(lines[0] ?? '')) return null;
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  return close > 0 ? { open: 0, close } : null;
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

const fieldLine = (field: string) => new RegExp(`^${field}[ \\t]*:(.*)$`);

export function hasFrontmatter(source: string): boolean {
  return fences(source.split('\n')) !== null;
}

/** The form's values as written in the source; a missing field reads as an empty string. */
export function readFormFields(source: string): FormValues {
  const values: FormValues = { title: '', description: '', owner: '', lastReviewed: '' };
  const lines = source.split('\n');
  const block = fences(lines);
  if (!block) return values;
  for (const line of lines.slice(block.open + 1, block.close)) {
    for (const field of FORM_FIELDS) {
      const match = fieldLine(field).exec(line.replace(/\r$/, ''));
      if (match) values[field] = unquote(match[1] ?? '');
    }
  }
  return values;
}

/** The source with one field set (double-quoted, as content/README.md asks); added before the closing fence when missing. */
export function writeFormField(source: string, field: FormField, value: string): string {
  const lines = source.split('\n');
  const block = fences(lines);
  if (!block) return source;
  // JSON string escaping is valid YAML double-quoted scalar syntax; newlines cannot sneak into the block.
  const written = `${field}: ${JSON.stringify(value.replace(/[\r\n]+/g, ' '))}`;
  const index = lines.findIndex(
    (l, i) => i > block.open && i < block.close && fieldLine(field).test(l.replace(/\r$/, '')),
  );
  if (index >= 0) lines[index] = lines[index]!.endsWith('\r') ? `${written}\r` : written;
  else lines.splice(block.close, 0, written);
  return lines.join('\n');
}
