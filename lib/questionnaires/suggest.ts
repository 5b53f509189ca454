import type { AnswerCandidate, Grade, ShortAnswer } from '@/lib/answers/match';
import { getAnswerMatcher } from '@/lib/answers/corpus';

// Suggestions for a questionnaire's questions, from the one matcher the studio and the API share
// (lib/answers/corpus.ts: published library entries and published page sections).
//
// Which entries may be suggested: public and NDA ones. A questionnaire goes to a prospect, usually under
// NDA, so an NDA entry is suggested but marked "NDA" in the studio and in the Source column, for staff to
// decide. Internal entries are never suggested: they are written for staff, not for customers, and an
// accepted suggestion leaves the building with one click.

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

export const suggestable = (c: AnswerCandidate) => c.visibility !== 'internal';

export async function suggestAnswers(questions: string[]): Promise<Suggestion[]> {
  const matcher = await getAnswerMatcher();
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
