import type { TEvidence } from '@/lib/validation/answers';
import type { AnswerCorpus } from './corpus';
import type { AnswerCandidate, Grade, MatchResult, ShortAnswer } from './match';

// The one shape an answer leaves the server in (the Ask page, the API, the studio's try-it box): the
// candidate's words and its links, never its visibility or internal ids beyond the public slug/URL.

export interface AnswerHit {
  /** `entry:<slug>` or `page:<url>`. */
  id: string;
  kind: 'entry' | 'section';
  question: string;
  shortAnswer: ShortAnswer | null;
  answer: string;
  links: TEvidence[];
  score: number;
}

export interface AnswerLookup {
  grade: Grade;
  matches: AnswerHit[];
}

export function hitOf(corpus: AnswerCorpus, candidate: AnswerCandidate, score: number): AnswerHit {
  const links =
    candidate.kind === 'entry'
      ? (corpus.evidence.get(candidate.id) ?? [])
      : candidate.href
        ? [{ label: candidate.question, href: candidate.href }]
        : [];
  return {
    id: candidate.id,
    kind: candidate.kind,
    question: candidate.question,
    shortAnswer: candidate.shortAnswer ?? null,
    answer: candidate.text,
    links,
    score: Math.round(score * 100) / 100,
  };
}

export function lookupOf(corpus: AnswerCorpus, result: MatchResult): AnswerLookup {
  return { grade: result.grade, matches: result.matches.map((m) => hitOf(corpus, m.candidate, m.score)) };
}
