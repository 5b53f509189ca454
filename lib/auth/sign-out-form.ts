import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/lib/auth/sign-out';
import { clearSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';

/**
 * A `<form action>` that ends this session and goes to sign-in, with or without JavaScript. A refused
 * request (an address outside the panel list) is the 403 page; a body no browser sends changes nothing
 * and lands on sign-in, never on a 500. `runsFromRefusedAddress`: see createAction.
 */
export function signOutFormAction(opts: { runsFromRefusedAddress?: boolean } = {}) {
  const action = createAction({
    tier: 'public',
    schema: z.object({}),
    runsFromRefusedAddress: opts.runsFromRefusedAddress,
    handler: async (ctx) => {
      await signOut(ctx);
      await clearSessionCookie();
      redirect('/login?signedOut=1');
    },
  });
  return async (form: FormData): Promise<void> => {
    const result = await action(null, form);
    if (!result.ok) return result.code === 'FORBIDDEN' ? forbidden() : redirect('/login');
  };
}
