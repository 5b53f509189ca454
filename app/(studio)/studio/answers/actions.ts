'use server';

import { redirect } from 'next/navigation';
import type { Ctx } from '@/lib/context';
import { createAction } from '@/lib/dal';
import { archiveAnswerEntry } from '@/lib/answers/library/archive-answer-entry';
import { dismissAskedQuestion } from '@/lib/answers/library/asked-questions';
import { restoreAnswerRevision } from '@/lib/answers/library/restore-answer-revision';
import { reviseAnswerEntry } from '@/lib/answers/library/revise-answer-entry';
import { publishAnswerRevision, requestAnswerChanges, requestAnswerReview } from '@/lib/answers/library/review-answer';
import {
  ZAnswerEntryRefSchema,
  ZAnswerRevisionRefSchema,
  ZAskedQuestionRefSchema,
  ZReviseAnswerEntrySchema,
} from '@/lib/validation/answers';

// Studio → Answers. Every action redirects to the page that shows its result, so the forms work the same
// with and without JavaScript.

export const saveAnswerEntryAction = createAction({
  tier: 'content:edit',
  schema: ZReviseAnswerEntrySchema,
  returnValues: [
    'question',
    'alternatives',
    'shortAnswer',
    'answer',
    'evidence',
    'visibility',
    'ownerId',
    'reviewBy',
    'message',
    'slug',
  ],
  handler: async (ctx, input) => {
    const saved = await reviseAnswerEntry(ctx, input);
    redirect(`/studio/answers/${saved.entryId}?done=saved`);
  },
});

const revisionStep = (run: (ctx: Ctx, input: { revisionId: string }) => Promise<unknown>, done: string) =>
  createAction({
    tier: 'content:edit',
    schema: ZAnswerRevisionRefSchema.extend(ZAnswerEntryRefSchema.shape),
    handler: async (ctx, input) => {
      await run(ctx, { revisionId: input.revisionId });
      redirect(`/studio/answers/${input.entryId}?done=${done}`);
    },
  });

export const requestAnswerReviewAction = revisionStep(requestAnswerReview, 'review-requested');
export const requestAnswerChangesAction = revisionStep(requestAnswerChanges, 'changes-requested');
export const publishAnswerAction = revisionStep(publishAnswerRevision, 'published');

export const restoreAnswerRevisionAction = createAction({
  tier: 'content:edit',
  schema: ZAnswerRevisionRefSchema.extend(ZAnswerEntryRefSchema.shape),
  handler: async (ctx, input) => {
    await restoreAnswerRevision(ctx, { revisionId: input.revisionId });
    redirect(`/studio/answers/${input.entryId}?done=restored`);
  },
});

export const archiveAnswerEntryAction = createAction({
  tier: 'content:publish',
  schema: ZAnswerEntryRefSchema,
  handler: async (ctx, input) => {
    await archiveAnswerEntry(ctx, input);
    redirect('/studio/answers?done=archived');
  },
});

export const dismissAskedQuestionAction = createAction({
  tier: 'content:edit',
  schema: ZAskedQuestionRefSchema,
  handler: async (ctx, input) => {
    await dismissAskedQuestion(ctx, input);
    redirect('/studio/answers/asked?done=dismissed');
  },
});
