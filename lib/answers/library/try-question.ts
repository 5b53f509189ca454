import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { STUDIO } from '@/lib/studio/access';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAskSchema } from '@/lib/validation/answers';
import { lookupOf, type AnswerLookup } from '../answer-hits';
import { getAnswerCorpus } from '../corpus';
import { visibleTo } from '../visibility';

/** The studio's "try a question": the same matcher as the Ask box and the API, over every visibility (staff). */
export async function tryAnswerQuestion(ctx: Ctx, input: { question: string }): Promise<AnswerLookup> {
  await authorize(ctx, 'content:edit', STUDIO);
  const { question } = parseInput(ZAskSchema, input);
  const corpus = await getAnswerCorpus();
  return lookupOf(corpus, corpus.matcher.match(question, { limit: 5, visible: visibleTo('staff') }));
}
