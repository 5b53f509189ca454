// TEMPORARY stub of qmatch's matcher (issue 17 interface), replaced by wip/qmatch's file on merge.
export type AnswerVisibility = 'public' | 'nda' | 'internal';
export type ShortAnswer = 'yes' | 'no' | 'partial' | 'not_applicable';
export interface AnswerCandidate {
  id: string;
  kind: 'entry' | 'section';
  question: string;
  alternatives: string[];
  text: string;
  shortAnswer?: ShortAnswer;
  href?: string;
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
export function buildAnswerMatcher(candidates: AnswerCandidate[]): AnswerMatcher {
  return {
    size: candidates.length,
    match: (question) => ({ question, normalised: question.toLowerCase(), grade: 'none', matches: [] }),
  };
}
