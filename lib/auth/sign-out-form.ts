import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signOut } from '@/lib/auth/sign-out';
import { clearSessionCookie } from '@/lib/auth/session-cookie-writer';
import { createAction } from '@/lib/dal';
import { AppError, type AppErrorArgs } from '@/lib/errors';

/**
 * A `<form action>` that ends this session and goes to sign-in, with or without JavaScript. A refused
 * request is an error page, as a failed form action is. `runsFromRefusedAddress`: see createAction.
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
    if (!result.ok) throw new AppError(...([result.code] as AppErrorArgs));
  };
}
