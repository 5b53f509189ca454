'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { addAutoApproveRule, removeAutoApproveRule } from '@/lib/documents/auto-approve-rules';
import { decideAccessRequest } from '@/lib/documents/decide-access-request';
import { revokeAccessGrant } from '@/lib/documents/revoke-access-grant';
import { ZAutoApproveRuleSchema, ZDecideAccessSchema, ZRequestIdSchema } from '@/lib/validation/documents';

const refresh = <T>(v: T) => {
  revalidatePath('/studio/access-requests');
  return v;
};

export const decideAction = createAction({
  tier: 'content:publish',
  schema: ZDecideAccessSchema,
  handler: async (ctx, input) => refresh(await decideAccessRequest(ctx, input)),
});
export const revokeAction = createAction({
  tier: 'content:publish',
  schema: ZRequestIdSchema,
  handler: async (ctx, input) => refresh(await revokeAccessGrant(ctx, input)),
});
export const addRuleAction = createAction({
  tier: 'content:publish',
  schema: ZAutoApproveRuleSchema,
  handler: async (ctx, input) => refresh(await addAutoApproveRule(ctx, input)),
});
export const removeRuleAction = createAction({
  tier: 'content:publish',
  schema: z.object({ ruleId: z.uuid({ message: 'Unknown rule.' }) }),
  handler: async (ctx, input) => refresh(await removeAutoApproveRule(ctx, input)),
});
