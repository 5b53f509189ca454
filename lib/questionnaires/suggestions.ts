import type { AnswerMatcher, Grade, ShortAnswer } from '@/lib/answers/match';
import { visibleTo } from '@/lib/answers/visibility';

// Suggestions for a questionnaire's questions from a matcher (pure: the demo figures script uses it with
// the library file, the studio with the published corpus, lib/questionnaires/suggest.ts).
//
// Which entries may be suggested: public and NDA ones (the 'nda' audience of lib/answers/visibility.ts).
// A questionnaire goes to a prospect, usually under NDA, so an NDA entry is suggested but marked "NDA" in
// the studio and in the Source column, for staff to decide. Internal entries are never suggested: they are
// written for staff, not for customers, and an accepted suggestion leaves the building with one click.

export interface SourceRef {
  id: string;
  kind: 'entry' | 'section';
  question: string;
  href: string | null;
  visibility: 'public' | 'nda';
  score: number;
}

export interface Suggestion {
  grade: Grade;
  score: number;
  sources: SourceRef[];
  shortAnswer: ShortAnswer | null;
  answer: string | null;
}

export const suggestable = visibleTo('nda');

export function suggestWith(matcher: AnswerMatcher, questions: string[]): Suggestion[] {
  return questions.map((q) => {
    const result = matcher.match(q, { limit: 3, visible: suggestable });
    const top = result.matches[0];
    const answered = result.grade !== 'none' && top;
    return {
      grade: result.grade,
      score: top?.score ?? 0,
      sources: result.matches.map((m) => ({
        id: m.candidate.id,
        kind: m.candidate.kind,
        question: m.candidate.question,
        href: m.candidate.href ?? null,
        visibility: m.candidate.visibility === 'nda' ? 'nda' : 'public',
        score: Math.round(m.score * 1000) / 1000,
      })),
      shortAnswer: answered ? (top.candidate.shortAnswer ?? null) : null,
      answer: answered ? top.candidate.text : null,
    };
  });
}
