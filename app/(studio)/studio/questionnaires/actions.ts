'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { acceptHighGradedRows } from '@/lib/questionnaires/accept-high-graded-rows';
import { assignQuestionnaireRow } from '@/lib/questionnaires/assign-questionnaire-row';
import { decideQuestionnaireRow } from '@/lib/questionnaires/decide-questionnaire-row';
import { editQuestionnaireRow } from '@/lib/questionnaires/edit-questionnaire-row';
import { processQuestionnaire } from '@/lib/questionnaires/process-questionnaire';
import { sendRowToLibrary } from '@/lib/questionnaires/send-row-to-library';
import { setQuestionnaireStatus } from '@/lib/questionnaires/set-questionnaire-status';
import {
  ZQuestionnaireMappingSchema,
  ZQuestionnaireRefSchema,
  ZQuestionnaireRowAssignSchema,
  ZQuestionnaireRowDecisionSchema,
  ZQuestionnaireRowEditSchema,
  ZQuestionnaireRowRefSchema,
  ZQuestionnaireStatusSchema,
} from '@/lib/validation/questionnaires';

// Studio → Questionnaires. Every action redirects to the questionnaire page (keeping the row filters and
// scrolling back to the row), so the forms work the same with and without JavaScript.

/** The page's filters, carried through a row form as a hidden "back" field (only these keys survive). */
const ZBack = z
  .string()
  .max(200)
  .optional()
  .transform((v) => {
    const params = new URLSearchParams(v ?? '');
    const kept = new URLSearchParams();
    for (const key of ['grade', 'state', 'assignee'])
      if (/^[a-z_0-9-]{1,40}$/i.test(params.get(key) ?? '')) kept.set(key, params.get(key)!);
    return kept;
  });

const page = (id: string, back: URLSearchParams, done: string) => {
  back.set('done', done);
  return `/studio/questionnaires/${id}?${back.toString()}`;
};

// The row is named in the query (row=), not as a #fragment: Next's client router does not follow a server
// action's redirect whose target carries a fragment (the page stayed as it was).
const rowPage = async (rowQuestionnaire: string, back: URLSearchParams, done: string, rowNumber: number) => {
  back.set('row', String(rowNumber));
  redirect(page(rowQuestionnaire, back, done));
};

const withRowContext = { questionnaireId: z.string().uuid(), rowNumber: z.coerce.number().int().min(1), back: ZBack };

export const processQuestionnaireAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireMappingSchema,
  handler: async (ctx, input) => {
    await processQuestionnaire(ctx, input);
    redirect(`/studio/questionnaires/${input.questionnaireId}?done=processed`);
  },
});

export const decideRowAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireRowDecisionSchema.extend(withRowContext),
  handler: async (ctx, { back, questionnaireId, rowNumber, ...input }) => {
    await decideQuestionnaireRow(ctx, input);
    await rowPage(questionnaireId, back, input.decision, rowNumber);
  },
});

export const editRowAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireRowEditSchema.extend(withRowContext),
  returnValues: ['answer', 'shortAnswer'],
  handler: async (ctx, { back, questionnaireId, rowNumber, ...input }) => {
    await editQuestionnaireRow(ctx, input);
    await rowPage(questionnaireId, back, 'edited', rowNumber);
  },
});

export const assignRowAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireRowAssignSchema.extend(withRowContext),
  handler: async (ctx, { back, questionnaireId, rowNumber, ...input }) => {
    await assignQuestionnaireRow(ctx, input);
    await rowPage(questionnaireId, back, 'assigned', rowNumber);
  },
});

export const sendRowToLibraryAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireRowRefSchema.extend(withRowContext),
  handler: async (ctx, { back, questionnaireId, rowNumber, rowId }) => {
    await sendRowToLibrary(ctx, { rowId });
    await rowPage(questionnaireId, back, 'sent-to-library', rowNumber);
  },
});

export const acceptHighGradedAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireRefSchema.extend({ back: ZBack }),
  handler: async (ctx, { back, questionnaireId }) => {
    const { accepted } = await acceptHighGradedRows(ctx, { questionnaireId });
    back.set('accepted', String(accepted));
    redirect(page(questionnaireId, back, 'bulk-accepted'));
  },
});

export const setStatusAction = createAction({
  tier: 'content:edit',
  schema: ZQuestionnaireStatusSchema,
  handler: async (ctx, input) => {
    await setQuestionnaireStatus(ctx, input);
    redirect(`/studio/questionnaires/${input.questionnaireId}?done=status`);
  },
});
