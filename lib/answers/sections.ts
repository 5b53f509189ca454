// Published page sections as answer candidates (issue 17): the same documents the site search indexes
// (lib/content/assemble-site.ts searchDocsOf — one per section between headings, one per FAQ answer),
// so the matcher can cite the page and anchor a questionnaire answer comes from.
import type { SearchDoc } from '@/lib/content/search';
import type { AnswerCandidate } from './match';

/** Sections with less text than this say nothing on their own (a heading followed by cards or a table). */
const MIN_TEXT = 40;

export function candidatesFromSearchDocs(docs: SearchDoc[]): AnswerCandidate[] {
  const seen = new Set<string>();
  const out: AnswerCandidate[] = [];
  for (const doc of docs) {
    const text = doc.text.replace(/\s+/g, ' ').trim();
    if (text.length < MIN_TEXT) continue;
    const id = `page:${doc.url}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      kind: 'section',
      question:
        doc.kind === 'faq'
          ? (doc.heading ?? doc.pageTitle)
          : doc.heading
            ? `${doc.pageTitle} › ${doc.heading}`
            : doc.pageTitle,
      alternatives: [],
      text,
      href: doc.url,
      visibility: 'public',
    });
  }
  return out;
}
