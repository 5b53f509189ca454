'use server';

import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { ZAcceptInvitationNewAccountSchema, ZInvitationTokenSchema } from '@/lib/validation/users';

/** New account: the client turns the returned one-time ticket into a session through next-auth. */
export const acceptWithNewAccountAction = createAction({
  tier: 'public',
  schema: ZAcceptInvitationNewAccountSchema,
  handler: async (ctx, input) => {
    const result = await acceptInvitation(ctx, { token: input.token, name: input.name, newPassword: input.newPassword });
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
