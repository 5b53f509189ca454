// The answer matcher (issue 17): ranks approved library entries and published page sections for one
// questionnaire question, and grades how sure it is. Offline and deterministic: BM25 full-text ranking
// (MiniSearch, as the site search) over the question, its alternative phrasings and the answer text,
// after the question's frame is removed (normalise.ts) and both sides are put into one security vocabulary
// (vocabulary.ts). Pure TypeScript — no database, no server-only — so the studio, the API, the public Ask
// box, scripts and unit tests all use this one function.
import MiniSearch, { type SearchResult } from 'minisearch';
import { normaliseQuestion } from './normalise';
import { isNoise } from './stem';
import { canonicalise, expansionsOf, isCanonical } from './vocabulary';

export type AnswerVisibility = 'public' | 'nda' | 'internal';
export type { LibraryEntrySeed } from './library-seed';
export type ShortAnswer = 'yes' | 'no' | 'partial' | 'not_applicable';

export interface AnswerCandidate {
  /** Entry: `entry:<slug>`; page section: `page:<url with #anchor>`. */
  id: string;
  kind: 'entry' | 'section';
  /** Entry: its canonical question; section: "Page title › Heading" (an FAQ answer: its question). */
  question: string;
  /** Entry: alternative phrasings; section: []. */
  alternatives: string[];
  /** Plain text of the full answer or section. */
  text: string;
  /** Entries only. */
  shortAnswer?: ShortAnswer;
  /** Section: its URL; entry: its first evidence link, if any. */
  href?: string;
  /** Entry: all its evidence links. A section it cites gives the same answer, so it is no competitor. */
  evidence?: string[];
  /** Sections are always 'public'. */
  visibility: AnswerVisibility;
}

export type Grade = 'high' | 'medium' | 'low' | 'none';
export interface AnswerMatch {
  candidate: AnswerCandidate;
  score: number;
}
export interface MatchResult {
  question: string;
  normalised: string;
  grade: Grade;
  matches: AnswerMatch[];
  /** What the grade was decided from (shown to staff as the reason; see GRADE_THRESHOLDS). */
  signals?: GradeSignals;
}
export interface GradeSignals {
  score: number;
  margin: number;
  coverage: number;
}
export interface AnswerMatcher {
  readonly size: number;
  match(question: string, opts?: { limit?: number; visible?: (c: AnswerCandidate) => boolean }): MatchResult;
}

/**
 * Grade thresholds, tuned on tests/fixtures/questionnaire-eval.json (`npm run eval:answers`) so that no
 * high-graded answer is wrong. `score` is the best candidate's BM25 score; `margin` is how far ahead of
 * the next *different* answer it is, as a share of its own score (a section that repeats the same answer
 * is not a competitor); `coverage` is the share of the question's terms the best candidate contains.
 */
export const GRADE_THRESHOLDS = {
  high: { score: 100, margin: 0.55, coverage: 0.4 },
  medium: { score: 100, margin: 0.1 },
  low: { score: 50 },
};

/** Library entries are written to answer questions; a page section that scores the same is second. */
const ENTRY_BOOST = 1.2;
/** Vocabulary concepts (MFA, RPO, sub-processor…) name a question's subject; plain words count less. */
const CONCEPT_WEIGHT = 2;
/** Related (not synonymous) vocabulary terms count for this much of a term the question used. */
const EXPANSION_WEIGHT = 0.35;
const MAX_QUESTION_LENGTH = 1000;
const INDEX_CACHE = 16;
/** How many raw results are grouped into distinct answers. */
const COLLAPSE_WINDOW = 40;

/** The terms of a text: stemmed, vocabulary applied, stop words out. */
export function termsOf(text: string): string[] {
  return canonicalise(text)
    .split(' ')
    .filter((t) => t && (isCanonical(t) || !isNoise(t)));
}

/** The terms a question is matched by: its frame removed first. */
export function questionTerms(question: string): string[] {
  return termsOf(normaliseQuestion(question));
}

interface IndexedDoc {
  id: number;
  question: string;
  alternatives: string;
  text: string;
}

function prepare(c: AnswerCandidate, id: number): IndexedDoc {
  // Section questions ("Page › Heading") and entry questions are both phrased as a question or a title.
  // "Page › Heading": each part on its own, so no vocabulary phrase spans the two.
  const q = (text: string) => text.split(' › ').flatMap(questionTerms).join(' ');
  return {
    id,
    question: q(c.question),
    alternatives: c.alternatives.map(q).join(' '),
    text: termsOf(c.text).join(' '),
  };
}

function newIndex(docs: IndexedDoc[], candidates: AnswerCandidate[]): MiniSearch<IndexedDoc> {
  const mini = new MiniSearch<IndexedDoc>({
    fields: ['question', 'alternatives', 'text'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    searchOptions: {
      boost: { question: 3, alternatives: 2.5, text: 1 },
      combineWith: 'OR',
      prefix: (term) => term.length >= 5 && !isCanonical(term),
      fuzzy: false,
      weights: { fuzzy: 0.3, prefix: 0.3 },
      boostDocument: (id: number) => (candidates[id]?.kind === 'entry' ? ENTRY_BOOST : 1),
    },
  });
  mini.addAll(docs);
  return mini;
}

/** Jaccard similarity of two term sets: two texts that say the same thing score near 1. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / (a.size + b.size - n);
}

const SAME_ANSWER_SIMILARITY = 0.5;

const round = (n: number) => Math.round(n * 100) / 100;

export function gradeOf(score: number, margin: number, coverage: number): Grade {
  const t = GRADE_THRESHOLDS;
  if (score >= t.high.score && margin >= t.high.margin && coverage >= t.high.coverage) return 'high';
  if (score >= t.medium.score && margin >= t.medium.margin) return 'medium';
  if (score >= t.low.score) return 'low';
  return 'none';
}

export function buildAnswerMatcher(candidates: AnswerCandidate[]): AnswerMatcher {
  const all = candidates.slice();
  const docs = all.map(prepare);
  const textTerms = docs.map((d) => new Set(d.text.split(' ')));
  const indexes = new Map<string, MiniSearch<IndexedDoc>>();

  // One index per set of visible candidates: a candidate the viewer may not see is not in the index they
  // are matched against at all, so it cannot rank, take a term's weight (IDF) or change the grade.
  function indexFor(visible?: (c: AnswerCandidate) => boolean): MiniSearch<IndexedDoc> {
    const hidden = visible ? all.flatMap((c, i) => (visible(c) ? [] : [i])) : [];
    const key = hidden.join(',');
    let index = indexes.get(key);
    if (!index) {
      const hiddenSet = new Set(hidden);
      index = newIndex(
        docs.filter((d) => !hiddenSet.has(d.id)),
        all,
      );
      if (indexes.size >= INDEX_CACHE) indexes.delete(indexes.keys().next().value!);
      indexes.set(key, index);
    }
    return index;
  }

  // Two candidates that say the same thing (an entry copied from an FAQ answer and that FAQ answer).
  const duplicate = (a: number, b: number): boolean =>
    similarity(textTerms[a]!, textTerms[b]!) >= SAME_ANSWER_SIMILARITY;
  const cites = (c: AnswerCandidate, d: AnswerCandidate) =>
    c.kind === 'entry' && d.kind === 'section' && !!d.href && (c.href === d.href || !!c.evidence?.includes(d.href));
  // Not competitors for the grade: duplicates, and an entry and a page section it cites as evidence.
  const sameAnswer = (a: number, b: number): boolean =>
    cites(all[a]!, all[b]!) || cites(all[b]!, all[a]!) || duplicate(a, b);

  return {
    size: all.length,
    match(question, { limit = 5, visible } = {}) {
      const asked = String(question ?? '').slice(0, MAX_QUESTION_LENGTH);
      const normalised = normaliseQuestion(asked);
      const terms = termsOf(normalised);
      const empty: MatchResult = { question: asked, normalised, grade: 'none', matches: [] };
      if (!terms.length || !all.length) return empty;
      const expansion = expansionsOf(terms).filter((t) => !terms.includes(t));
      const expansionSet = new Set(expansion);
      const results: SearchResult[] = indexFor(visible).search([...terms, ...expansion].join(' '), {
        tokenize: (text) => text.split(' '),
        processTerm: (t) => t,
        boostTerm: (term) => (expansionSet.has(term) ? EXPANSION_WEIGHT : 1) * (isCanonical(term) ? CONCEPT_WEIGHT : 1),
      });
      if (!results.length) return empty;

      // Candidates that give the same answer (an FAQ entry and its FAQ section, an entry and the section
      // it cites) are one answer: the entry stands for the group, at the group's best score.
      const uniqueTerms = new Set(terms);
      const ranked: { id: number; score: number; coverage: number }[] = [];
      for (const r of results.slice(0, COLLAPSE_WINDOW)) {
        const id = r.id as number;
        const coverage = r.queryTerms.filter((t) => uniqueTerms.has(t)).length / uniqueTerms.size;
        const same = ranked.find((k) => duplicate(k.id, id));
        if (!same) ranked.push({ id, score: r.score, coverage });
        else {
          same.coverage = Math.max(same.coverage, coverage);
          if (all[same.id]!.kind === 'section' && all[id]!.kind === 'entry') same.id = id;
        }
      }
      const top = ranked[0]!;
      const second = ranked.find((r, i) => i > 0 && !sameAnswer(top.id, r.id));
      const margin = second ? (top.score - second.score) / top.score : 1;
      const grade = gradeOf(top.score, margin, top.coverage);
      return {
        question: asked,
        normalised,
        grade,
        signals: { score: round(top.score), margin: round(margin), coverage: round(top.coverage) },
        matches: ranked.slice(0, Math.max(1, limit)).map((r) => ({
          candidate: all[r.id]!,
          score: round(r.score),
        })),
      };
    },
  };
}
