// Stable ids for headings: derived from the heading's text only, so a link to a section keeps working
// as long as its heading does not change. Ids the layout itself uses are never handed out.

const RESERVED = new Set(['main', 'search', 'content', 'toc', 'top']);

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/** Hands out unique ids within one page, in document order ("overview", "overview-2", …). */
export function createSlugger() {
  const seen = new Map<string, number>();
  return (text: string): string => {
    let base = slugify(text);
    if (RESERVED.has(base)) base = `${base}-section`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };
}
