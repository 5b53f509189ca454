import 'server-only';
import { getAnswerMatcher } from '@/lib/answers/corpus';
import { suggestWith, type Suggestion } from './suggestions';

/** Suggestions from the one matcher the studio and the API share (published entries and page sections). */
export async function suggestAnswers(questions: string[]): Promise<Suggestion[]> {
  return suggestWith(await getAnswerMatcher(), questions);
}
