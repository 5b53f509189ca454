'use server';

import { redirect } from 'next/navigation';
import { confirmEmailChange } from '@/lib/account/confirm-email-change';
import { deleteMyAccount } from '@/lib/account/delete-my-account';
import { requestEmailChange } from '@/lib/account/request-email-change';
import { clearSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { AppError, toErrorResult, type ActionResult } from '@/lib/errors';
import { ZDeleteMyAccountSchema, ZEmailChangeTokenSchema, ZRequestEmailChangeSchema } from '@/lib/validation/signup';

const requestEmailChange_ = createAction({ tier: 'signed-in', schema: ZRequestEmailChangeSchema, handler: requestEmailChange });

const deleteMyAccount_ = createAction({
  tier: 'signed-in',
  schema: ZDeleteMyAccountSchema,
  handler: async (ctx, input) => {
    await deleteMyAccount(ctx, input);
    await clearSessionCookie();
    redirect('/login?accountDeleted=1');
  },
});

const confirmEmailChange_ = createAction({
  tier: 'public',
  schema: ZEmailChangeTokenSchema,
  handler: confirmEmailChange,
});

const notAForm: ActionResult<never> = toErrorResult(new AppError('FORM_NOT_FROM_PAGE'));

/** These forms carry the current password: form posts only, with or without JavaScript. */
export async function requestEmailChangeAction(prev: unknown, input: FormData) {
  if (!(input instanceof FormData)) return notAForm;
  return requestEmailChange_(prev, input);
}

export async function deleteMyAccountAction(prev: unknown, input: FormData) {
  if (!(input instanceof FormData)) return notAForm;
  return deleteMyAccount_(prev, input);
}

export async function confirmEmailChangeAction(prev: unknown, input: FormData) {
  if (!(input instanceof FormData)) return notAForm;
  return confirmEmailChange_(prev, input);
}
