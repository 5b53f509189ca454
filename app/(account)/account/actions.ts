'use server';

import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { switchOrganization } from '@/lib/users/switch-organization';
import { ZSwitchOrganizationSchema } from '@/lib/validation/users';

/** For people in several organizations: move this session to another one (a new session id). */
export const switchOrganizationAction = createAction({
  tier: 'signed-in',
  schema: ZSwitchOrganizationSchema,
  handler: async (ctx, input) => {
    const { sessionToken, organizationName } = await switchOrganization(ctx, input);
    await setSessionCookie(sessionToken);
    return { organizationName };
  },
});
