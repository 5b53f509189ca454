// The answer matcher (issue 17): ranks approved library entries and published page sections for one
// questionnaire question, and grades how sure it is. Offline and deterministic: BM25 full-text ranking
// (MiniSearch, as the site search) over the question, its alternative phrasings and the answer text,
// after the question's frame is removed (normalise.ts) and both sides are put into one security vocabulary
// (vocabulary.ts). Pure TypeScript — no database, no server-only — so the studio, the API, the public Ask
// box, scripts and unit tests all use this one function.
import MiniSearch, { type SearchResult } from 'minisearch';
import { normalizeTerm } from '@/lib/content/search';
import { normaliseQuestion } from './normalise';
import { canonicalise, expansionsOf, isCanonical } from './vocabulary';

export type AnswerVisibility = 'public' | 'nda' | 'internal';
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
  high: { score: 14, margin: 0.3, coverage: 0.5 },
  medium: { score: 8, margin: 0.12 },
  low: { score: 3 },
};

/** Library entries are written to answer questions; a page section that scores the same is second. */
const ENTRY_BOOST = 1.2;
/** Related (not synonymous) vocabulary terms count for this much of a term the question used. */
const EXPANSION_WEIGHT = 0.35;
const MAX_QUESTION_LENGTH = 1000;
const INDEX_CACHE = 16;

/**
 * Words that only frame a questionnaire question, on top of the site search's stop words. They are
 * dropped on both sides, so an answer does not win by repeating "organisation" or "provide".
 */
const NOISE = new Set(
  (
    'about above after again against all also any been before being both could did doing during each else ensure ' +
    'ensures ensured etc eg ie e g i.e few further had having here however just more most must no nor not now ' +
    'only other ought own same shall should some such too under until upon very via were whether while within would ' +
    'please kindly describe describes explain provide provided provides detail details outline specify indicate ' +
    'acme organisation organization organisations organizations company companies firm vendor vendor\'s supplier ' +
    'us me my mine ours yours one ones'
  ).split(' '),
);

/** A light English stemmer: enough that "encrypted", "encryption" and "encrypts" meet, on both sides. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w) || isCanonical(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  let stripped = false;
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      stripped = true;
      break;
    }
  }
  if (stripped && /([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  w = w
    .replace(/i[sz]ation$/, 'ize')
    .replace(/ational$/, 'ate')
    .replace(/ation$/, 'ate')
    .replace(/(?<=[pc])tion$/, 't')
    .replace(/ise$/, 'ize')
    .replace(/is$/, 'iz');
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The index and query form of one word, or null for a stop word. */
export function processTerm(term: string): string | null {
  const t = normalizeTerm(term);
  if (!t || NOISE.has(t) || t.length < 2) return null;
  return stem(t);
}

/** The terms a question is matched by: frame removed, vocabulary applied, stop words out, stemmed. */
export function questionTerms(question: string): string[] {
  return termsOf(canonicalise(normaliseQuestion(question)));
}

const termsOf = (canonical: string): string[] =>
  canonical
    .split(' ')
    .map(processTerm)
    .filter((t): t is string => !!t);

interface IndexedDoc {
  id: number;
  question: string;
  alternatives: string;
  text: string;
}

function prepare(c: AnswerCandidate, id: number): IndexedDoc {
  // Section questions ("Page › Heading") and entry questions are both phrased as a question or a title.
  const q = (s: string) => canonicalise(normaliseQuestion(s));
  return {
    id,
    question: q(c.question),
    alternatives: c.alternatives.map(q).join(' \n '),
    text: canonicalise(c.text),
  };
}

function newIndex(docs: IndexedDoc[], candidates: AnswerCandidate[]): MiniSearch<IndexedDoc> {
  const mini = new MiniSearch<IndexedDoc>({
    fields: ['question', 'alternatives', 'text'],
    tokenize: (text) => text.split(/\s+/),
    processTerm,
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

/** Share of the smaller set also in the other: two texts that say the same thing score near 1. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n / small.size;
}

const SAME_ANSWER_OVERLAP = 0.6;

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
  const textTerms = docs.map((d) => new Set(termsOf(d.text)));
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

  const sameAnswer = (a: number, b: number): boolean => {
    const ca = all[a]!;
    const cb = all[b]!;
    if (ca.href && ca.href === cb.href) return true;
    return overlap(textTerms[a]!, textTerms[b]!) >= SAME_ANSWER_OVERLAP;
  };

  return {
    size: all.length,
    match(question, { limit = 5, visible } = {}) {
      const asked = String(question ?? '').slice(0, MAX_QUESTION_LENGTH);
      const normalised = normaliseQuestion(asked);
      const terms = termsOf(canonicalise(normalised));
      const empty: MatchResult = { question: asked, normalised, grade: 'none', matches: [] };
      if (!terms.length || !all.length) return empty;
      const expansion = expansionsOf(terms).filter((t) => !terms.includes(t));
      const expansionSet = new Set(expansion);
      const results: SearchResult[] = indexFor(visible).search([...terms, ...expansion].join(' '), {
        tokenize: (text) => text.split(' '),
        processTerm: (t) => t,
        boostTerm: (term) => (expansionSet.has(term) ? EXPANSION_WEIGHT : 1),
      });
      if (!results.length) return empty;

      const top = results[0]!;
      const topId = top.id as number;
      const second = results.find((r, i) => i > 0 && !sameAnswer(topId, r.id as number));
      const margin = second ? (top.score - second.score) / top.score : 1;
      const uniqueTerms = new Set(terms);
      const coverage = top.queryTerms.filter((t) => uniqueTerms.has(t)).length / uniqueTerms.size;
      const grade = gradeOf(top.score, margin, coverage);
      return {
        question: asked,
        normalised,
        grade,
        matches: results.slice(0, Math.max(1, limit)).map((r) => ({
          candidate: all[r.id as number]!,
          score: Math.round(r.score * 100) / 100,
        })),
      };
    },
  };
}
