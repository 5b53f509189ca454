'use server';

import { createAction } from '@/lib/dal';
import { confirmNoticeSubscription } from '@/lib/subprocessors/notices/confirm-subscription';
import { requestNoticeSubscription } from '@/lib/subprocessors/notices/request-subscription';
import { unsubscribeFromNotices } from '@/lib/subprocessors/notices/unsubscribe';
import { ZConfirmSubscriptionSchema, ZNoticeSubscribeSchema, ZUnsubscribeSchema } from '@/lib/validation/notices';

// Public actions of the notice subscription (no account): subscribe, confirm (POST from the page a
// confirmation link opens) and unsubscribe (POST from the page an unsubscribe link opens). The two link
// actions are limited per address here (R9): their use-cases take a token and own no limiter.

export const subscribeAction = createAction({
  tier: 'public',
  schema: ZNoticeSubscribeSchema,
  handler: requestNoticeSubscription,
});
export const confirmSubscriptionAction = createAction({
  tier: 'public',
  schema: ZConfirmSubscriptionSchema,
  rateLimit: { policy: 'noticeLinkPerIp', by: 'ip', reason: 'ACTION_RATE_LIMITED' },
  handler: confirmNoticeSubscription,
});
export const unsubscribeAction = createAction({
  tier: 'public',
  schema: ZUnsubscribeSchema,
  rateLimit: { policy: 'noticeLinkPerIp', by: 'ip', reason: 'ACTION_RATE_LIMITED' },
  handler: unsubscribeFromNotices,
});
