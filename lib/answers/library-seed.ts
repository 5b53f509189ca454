// The demo answer library's file format (content/answers/library.json, issue 17) and how an entry becomes
// a matcher candidate. qlib's seed imports the file into the database; the eval and unit tests read it
// directly.
import { z } from 'zod';
import type { AnswerCandidate, AnswerVisibility, ShortAnswer } from './match';

export interface LibraryEntrySeed {
  /** Stable id, kebab-case, unique. */
  slug: string;
  question: string;
  alternatives: string[];
  shortAnswer: ShortAnswer;
  /** Full answer: plain text or light markdown (paragraphs, lists). */
  answer: string;
  /** Trust-center pages and anchors ('/certifications/soc-2-type-ii#scope') or documents ('/documents/<slug>'). */
  evidence: { label: string; href: string }[];
  visibility: AnswerVisibility;
  /** Email of a demo vendor staff member. */
  owner: string;
  /** ISO date (YYYY-MM-DD). */
  reviewBy: string;
}

export const ZLibraryEntrySeed = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  question: z.string().min(5).max(500),
  alternatives: z.array(z.string().min(3).max(500)).max(30),
  shortAnswer: z.enum(['yes', 'no', 'partial', 'not_applicable']),
  answer: z.string().min(20).max(5000),
  evidence: z.array(z.object({ label: z.string().min(1).max(200), href: z.string().startsWith('/') })).max(10),
  visibility: z.enum(['public', 'nda', 'internal']),
  owner: z.string().email(),
  reviewBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export const ZLibrarySeed = z.array(ZLibraryEntrySeed);

/** Markdown emphasis, list markers and link syntax out: the matcher reads words. */
export function plainAnswerText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function candidateFromEntry(entry: LibraryEntrySeed): AnswerCandidate {
  return {
    id: `entry:${entry.slug}`,
    kind: 'entry',
    question: entry.question,
    alternatives: entry.alternatives,
    text: plainAnswerText(entry.answer),
    shortAnswer: entry.shortAnswer,
    href: entry.evidence[0]?.href,
    evidence: entry.evidence.map((e) => e.href),
    visibility: entry.visibility,
  };
}
