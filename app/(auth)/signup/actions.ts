'use server';

import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { AppError, toErrorResult, type ActionResult } from '@/lib/errors';
import { completeSignup } from '@/lib/signup/complete-signup';
import { checkSignupRequestAllowed, requestSignup } from '@/lib/signup/request-signup';
import { ZCompleteSignupSchema, ZSignupRequestSchema } from '@/lib/validation/signup';

const requestSignup_ = createAction({
  tier: 'public',
  schema: ZSignupRequestSchema,
  handler: async (ctx, input) => {
    await checkSignupRequestAllowed(ctx, input);
    // The work (and its timing) happens after the answer: it is the same whether or not an account exists.
    after(() => requestSignup(ctx, input));
    return { sent: true as const };
  },
});

const completeSignup_ = createAction({
  tier: 'public',
  schema: ZCompleteSignupSchema,
  handler: async (ctx, input) => {
    const result = await completeSignup(ctx, input);
    await setSessionCookie(result.sessionToken);
    // Signed in as the new Owner: next, the offer to turn on two-factor authentication.
    redirect('/signup/welcome');
  },
});

const notAForm: ActionResult<never> = toErrorResult(new AppError('FORM_NOT_FROM_PAGE'));

/** `<form action>`: works with and without JavaScript. Only a form post is accepted (FormData). */
export async function requestSignupAction(prev: unknown, input: FormData) {
  if (!(input instanceof FormData)) return notAForm;
  return requestSignup_(prev, input);
}

/** Carries the new password: only ever a form post (never a GET, never JSON from elsewhere). */
export async function completeSignupAction(prev: unknown, input: FormData) {
  if (!(input instanceof FormData)) return notAForm;
  return completeSignup_(prev, input);
}
