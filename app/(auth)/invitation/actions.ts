'use server';

import { redirect } from 'next/navigation';
import { startSessionFromTicket } from '@/lib/auth/server-side-sign-in';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { ZAcceptInvitationNewAccountSchema, ZInvitationTokenSchema } from '@/lib/validation/users';

/** New account: the client turns the returned one-time ticket into a session through next-auth. */
export const acceptWithNewAccountAction = createAction({
  tier: 'public',
  schema: ZAcceptInvitationNewAccountSchema,
  handler: async (ctx, input) => {
    const result = await acceptInvitation(ctx, {
      token: input.token,
      name: input.name,
      newPassword: input.newPassword,
    });
    if (!('ticket' in result)) throw new Error('unexpected result');
    return { ticket: result.ticket, next: result.next, joined: result.joined };
  },
});

/** Existing account, signed in as the invited email: joins and moves the session to the organization. */
export const acceptWithExistingAccountAction = createAction({
  tier: 'signed-in',
  schema: ZInvitationTokenSchema,
  handler: async (ctx, input) => {
    const result = await acceptInvitation(ctx, { token: input.token });
    if (!('sessionToken' in result)) throw new Error('unexpected result');
    await setSessionCookie(result.sessionToken);
    return { next: result.next, joined: result.joined };
  },
});

/** The same without JavaScript: the session cookie is written here, then the browser is redirected. */
export const acceptWithNewAccountFormAction = createAction({
  tier: 'public',
  schema: ZAcceptInvitationNewAccountSchema,
  formOnly: 'FORM_UNREADABLE_TRY_AGAIN',
  handler: async (ctx, input): Promise<{ ticket: string; next: string; joined: string }> => {
    const result = await acceptInvitation(ctx, {
      token: input.token,
      name: input.name,
      newPassword: input.newPassword,
    });
    if (!('ticket' in result)) throw new Error('unexpected result');
    // The account exists and the invitation is used: if the session cannot start, a normal sign-in finishes.
    redirect(
      (await startSessionFromTicket(result.ticket))
        ? result.next
        : hrefIn(await getRequestLocale(), `/login?next=${encodeURIComponent(result.next)}`),
    );
  },
});
