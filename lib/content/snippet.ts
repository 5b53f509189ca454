// Highlighted snippets for search results, as segments rather than HTML: the page renders matches in
// <mark> elements itself, so a page's text can never inject markup.

export interface Segment {
  text: string;
  hit: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

const fold = (word: string) => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** A word matches when it is a matched term, or starts with one of at least three characters (prefix search). */
function isHit(word: string, terms: Set<string>): boolean {
  const w = fold(word);
  if (terms.has(w)) return true;
  for (const t of terms) if (t.length >= 3 && w.startsWith(t)) return true;
  return false;
}

function segmentsOf(text: string, terms: Set<string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isHit(m[0], terms)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

export function highlightAll(text: string, terms: Set<string>): Segment[] {
  return segmentsOf(text, terms);
}

/**
 * The passage of about `length` characters with the most matching words, cut at word boundaries, with
 * ellipses where it was cut. Without any match (the heading matched), the start of the text.
 */
export function snippetOf(rawText: string, terms: Set<string>, length = 220): Segment[] {
  const text = rawText.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return segmentsOf(text, terms);

  const hits = [...text.matchAll(WORD)].filter((m) => isHit(m[0], terms)).map((m) => m.index);
  let start = 0;
  if (hits.length) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < hits.length; i++) {
      while (j < hits.length && hits[j]! - hits[i]! < length * 0.8) j++;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = i;
      }
    }
    // A little context before the first match in the window.
    start = Math.max(0, hits[best]! - Math.round(length * 0.2));
  }
  let end = Math.min(text.length, start + length);
  if (end === text.length) start = Math.max(0, end - length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < start + 30 ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const segments = segmentsOf(text.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '… ', hit: false });
  if (end < text.length) segments.push({ text: ' …', hit: false });
  return segments;
}
