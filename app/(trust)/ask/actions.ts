'use server';

import { askQuestion } from '@/lib/answers/ask-question';
import { createAction } from '@/lib/dal';
import { ZAskSchema } from '@/lib/validation/answers';

/**
 * The Ask box's action (useFormAction: a POST with or without JavaScript, so the question never appears in
 * a URL or an access log). The use-case owns its per-address limit (askQuestionPerIp). The answer page is
 * rendered for this one request: a POST never reaches the public-page cache.
 */
export const askQuestionAction = createAction({
  tier: 'public',
  schema: ZAskSchema,
  returnValues: ['question'],
  handler: askQuestion,
});
