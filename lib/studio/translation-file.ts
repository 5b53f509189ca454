// Translations as files: content/pages/<locale>/<section>/<slug>.mdx, the same layout as the default
// language under a language folder (lib/content/translation-folders.ts says which folders those are). The frontmatter may carry `translatedFrom: <n>`, the number of the
// default-language revision the translation was made from; in the database that number is a column of
// the revision, so it is taken out of the text on import and written back on export. Pure: the import
// and export scripts use it.

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const TRANSLATED_FROM = /^translatedFrom:[ \t]*(\S*)[ \t]*(\r?\n|$)/m;

/** The text without its `translatedFrom` line, and that number (null when absent; NaN when not a number). */
export function readTranslatedFrom(source: string): { source: string; translatedFrom: number | null } {
  const fm = FRONTMATTER.exec(source);
  if (!fm) return { source, translatedFrom: null };
  const m = TRANSLATED_FROM.exec(fm[1]! + '\n');
  if (!m) return { source, translatedFrom: null };
  const head = fm[0].replace(TRANSLATED_FROM, '');
  const value = /^[1-9]\d{0,8}$/.test(m[1]!) ? Number(m[1]) : Number.NaN;
  return { source: head + source.slice(fm[0].length), translatedFrom: value };
}

/** The text with `translatedFrom: n` as the frontmatter's last line (as the export writes it). */
export function withTranslatedFrom(source: string, translatedFrom: number): string {
  const fm = FRONTMATTER.exec(source);
  if (!fm) return source;
  const closing = fm[0].lastIndexOf('\n---');
  const eol = fm[0].includes('\r\n') ? '\r\n' : '\n';
  const at = fm[0][closing - 1] === '\r' ? closing - 1 : closing;
  return `${source.slice(0, at)}${eol}translatedFrom: ${translatedFrom}${source.slice(at)}`;
}

/** Internal pages a page links to (paths without anchor or query); links within the page are not counted. */
export function linkTargets(outline: { links: { url: string }[] }): Set<string> {
  return new Set(
    outline.links
      .filter((l) => l.url.startsWith('/'))
      .map((l) => l.url.split('#')[0]!.split('?')[0]!.replace(/\/$/, '') || '/'),
  );
}

/** Why the translation's link targets differ from its source's, or null when they are the same set. */
export function linkTargetProblem(
  translation: Set<string>,
  source: Set<string>,
  sourceRevision: number,
): string | null {
  const missing = [...source].filter((t) => !translation.has(t)).sort();
  const added = [...translation].filter((t) => !source.has(t)).sort();
  if (!missing.length && !added.length) return null;
  return [
    `A translation must link to the same pages as its source (revision ${sourceRevision}).`,
    missing.length ? `Missing: ${missing.join(', ')}.` : '',
    added.length ? `Not in the source: ${added.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
