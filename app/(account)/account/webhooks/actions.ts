'use server';

import { revalidatePath } from 'next/cache';
import type { Ctx } from '@/lib/context';
import { createAction } from '@/lib/dal';
import { createWebhookEndpoint } from '@/lib/webhooks/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '@/lib/webhooks/delete-webhook-endpoint';
import { rotateWebhookSecret } from '@/lib/webhooks/rotate-webhook-secret';
import { sendTestEvent } from '@/lib/webhooks/send-test-event';
import { setWebhookEnabled } from '@/lib/webhooks/set-webhook-enabled';
import { ZCreateWebhookSchema, ZSetWebhookEnabledSchema, ZWebhookIdSchema } from '@/lib/validation/webhooks';

/** The use-case, then the page's data refreshed. */
const refreshed =
  <I, T>(fn: (ctx: Ctx, input: I) => Promise<T>) =>
  async (ctx: Ctx, input: I): Promise<T> => {
    const result = await fn(ctx, input);
    revalidatePath('/account/webhooks');
    return result;
  };

export const createWebhookAction = createAction({
  tier: 'webhooks:manage',
  schema: ZCreateWebhookSchema,
  handler: refreshed(createWebhookEndpoint),
});
export const deleteWebhookAction = createAction({
  tier: 'webhooks:manage',
  schema: ZWebhookIdSchema,
  handler: refreshed(deleteWebhookEndpoint),
});
export const rotateWebhookSecretAction = createAction({
  tier: 'webhooks:manage',
  schema: ZWebhookIdSchema,
  handler: refreshed(rotateWebhookSecret),
});
export const sendTestEventAction = createAction({
  tier: 'webhooks:manage',
  schema: ZWebhookIdSchema,
  handler: refreshed(sendTestEvent),
});
export const setWebhookEnabledAction = createAction({
  tier: 'webhooks:manage',
  schema: ZSetWebhookEnabledSchema,
  handler: refreshed(setWebhookEnabled),
});
