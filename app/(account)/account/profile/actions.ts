'use server';

import { redirect } from 'next/navigation';
import { confirmEmailChange } from '@/lib/account/confirm-email-change';
import { deleteMyAccount } from '@/lib/account/delete-my-account';
import { requestEmailChange } from '@/lib/account/request-email-change';
import { clearSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { ZDeleteMyAccountSchema, ZEmailChangeTokenSchema, ZRequestEmailChangeSchema } from '@/lib/validation/signup';

// These forms carry the current password or a token: form posts only, with or without JavaScript.
const formOnly = 'FORM_NOT_FROM_PAGE' as const;

export const requestEmailChangeAction = createAction({
  tier: 'signed-in',
  schema: ZRequestEmailChangeSchema,
  formOnly,
  handler: requestEmailChange,
});

export const deleteMyAccountAction = createAction({
  tier: 'signed-in',
  schema: ZDeleteMyAccountSchema,
  formOnly,
  handler: async (ctx, input) => {
    await deleteMyAccount(ctx, input);
    await clearSessionCookie();
    redirect('/login?accountDeleted=1');
  },
});

export const confirmEmailChangeAction = createAction({
  tier: 'public',
  schema: ZEmailChangeTokenSchema,
  formOnly,
  handler: confirmEmailChange,
});
