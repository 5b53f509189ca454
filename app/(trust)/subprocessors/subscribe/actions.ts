'use server';

import { createAction } from '@/lib/dal';
import { confirmNoticeSubscription } from '@/lib/subprocessors/notices/confirm-subscription';
import { requestNoticeSubscription } from '@/lib/subprocessors/notices/request-subscription';
import { unsubscribeFromNotices } from '@/lib/subprocessors/notices/unsubscribe';
import { ZConfirmSubscriptionSchema, ZNoticeSubscribeSchema, ZUnsubscribeSchema } from '@/lib/validation/notices';

// Public actions of the notice subscription (no account): subscribe, confirm (POST from the page a
// confirmation link opens) and unsubscribe (POST from the page an unsubscribe link opens).

export const subscribeAction = createAction({
  tier: 'public',
  schema: ZNoticeSubscribeSchema,
  handler: requestNoticeSubscription,
});
export const confirmSubscriptionAction = createAction({
  tier: 'public',
  schema: ZConfirmSubscriptionSchema,
  handler: confirmNoticeSubscription,
});
export const unsubscribeAction = createAction({
  tier: 'public',
  schema: ZUnsubscribeSchema,
  handler: unsubscribeFromNotices,
});
