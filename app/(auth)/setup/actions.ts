'use server';

import { redirect } from 'next/navigation';
import { setSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { db } from '@/lib/db';
import { requestLogger } from '@/lib/request-context';
import { completeSetup } from '@/lib/setup/complete-setup';
import { importTrustCenterBaseline } from '@/lib/setup/import-baseline';
import { setSetupGate } from '@/lib/setup/setup-state';
import { ZSetupFormSchema } from '@/lib/validation/setup';

/**
 * The /setup form, with or without JavaScript (useFormAction). Anything but a form submission is refused
 * with a message; on success the new owner is signed in and sent to two-factor enrolment. A refusal hands
 * back what was typed, never the password or the token.
 */
export const completeSetupAction = createAction({
  tier: 'public',
  schema: ZSetupFormSchema,
  formOnly: 'SETUP_FORM_NOT_FORM_DATA',
  returnValues: ['organizationName', 'name', 'email'],
  handler: async (ctx, input) => {
    const result = await completeSetup(ctx, input);
    setSetupGate(false);
    await setSessionCookie(result.sessionToken);
    try {
      await importTrustCenterBaseline(db());
    } catch (err) {
      // Setup stands; the operator can run `npm run content:import` later.
      (await requestLogger()).error(
        { err: { message: (err as Error)?.message } },
        'trust-center content baseline not imported after setup',
      );
    }
    redirect('/two-factor/setup?next=%2Fstudio');
  },
});
