'use server';

import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { completeSignup } from '@/lib/signup/complete-signup';
import { checkSignupRequestAllowed, requestSignup } from '@/lib/signup/request-signup';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { ZCompleteSignupSchema, ZSignupRequestSchema } from '@/lib/validation/signup';

// Form posts only (never a GET, never JSON from elsewhere), with or without JavaScript.
const formOnly = 'FORM_NOT_FROM_PAGE' as const;

/** `<form action>`: works with and without JavaScript. */
export const requestSignupAction = createAction({
  tier: 'public',
  schema: ZSignupRequestSchema,
  formOnly,
  handler: async (ctx, input) => {
    await checkSignupRequestAllowed(ctx, input);
    // The work (and its timing) happens after the answer: it is the same whether or not an account exists.
    after(() => requestSignup(ctx, input));
    return { sent: true as const };
  },
});

/** Carries the new password. */
export const completeSignupAction = createAction({
  tier: 'public',
  schema: ZCompleteSignupSchema,
  formOnly,
  handler: async (ctx, input) => {
    const result = await completeSignup(ctx, input);
    await setSessionCookie(result.sessionToken);
    // Signed in as the new Owner: next, the offer to turn on two-factor authentication.
    redirect(hrefIn(await getRequestLocale(), '/signup/welcome'));
  },
});
