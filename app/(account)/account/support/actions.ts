'use server';

import { z } from 'zod';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { leaveSupportSession } from '@/lib/support-access/leave-support-session';
import { openSupportSession } from '@/lib/support-access/open-support-session';
import { ZGrantIdSchema } from '@/lib/validation/support-access';

/** Vendor staff open a customer's account under a grant: the session is replaced by a support session. */
export const openSupportSessionAction = createAction({
  tier: 'support:act',
  schema: ZGrantIdSchema,
  handler: async (ctx, input) => {
    const { sessionToken, organizationName } = await openSupportSession(ctx, input);
    await setSessionCookie(sessionToken);
    return { organizationName };
  },
});

/** Back to the staff member's own organization (allowed from a read-only support session, of course). */
export const leaveSupportSessionAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  allowInReadOnlySupportSession: true,
  handler: async (ctx) => {
    const { sessionToken } = await leaveSupportSession(ctx);
    await setSessionCookie(sessionToken);
    return { left: true };
  },
});
