'use server';

import { revalidatePath } from 'next/cache';
import { addAbuseReportNote } from '@/lib/abuse/add-abuse-report-note';
import { assignAbuseReport } from '@/lib/abuse/assign-abuse-report';
import { changeAbuseReportStatus } from '@/lib/abuse/change-abuse-report-status';
import { replyToAbuseReporter } from '@/lib/abuse/reply-to-abuse-reporter';
import { createAction } from '@/lib/dal';
import {
  ZAbuseNoteSchema,
  ZAbuseReplySchema,
  ZAssignAbuseReportSchema,
  ZChangeAbuseStatusSchema,
} from '@/lib/validation/abuse';

const refresh = <T>(reportId: string, v: T) => {
  revalidatePath('/studio/abuse');
  revalidatePath(`/studio/abuse/${reportId}`);
  return v;
};

export const assignAction = createAction({
  tier: 'content:publish',
  schema: ZAssignAbuseReportSchema,
  handler: async (ctx, input) => refresh(input.reportId, await assignAbuseReport(ctx, input)),
});
export const statusAction = createAction({
  tier: 'content:publish',
  schema: ZChangeAbuseStatusSchema,
  handler: async (ctx, input) => refresh(input.reportId, await changeAbuseReportStatus(ctx, input)),
});
export const noteAction = createAction({
  tier: 'content:publish',
  schema: ZAbuseNoteSchema,
  handler: async (ctx, input) => refresh(input.reportId, await addAbuseReportNote(ctx, input)),
});
export const replyAction = createAction({
  tier: 'content:publish',
  schema: ZAbuseReplySchema,
  handler: async (ctx, input) => refresh(input.reportId, await replyToAbuseReporter(ctx, input)),
});
