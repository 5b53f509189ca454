import 'server-only';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { reauthenticate } from './reauthenticate';
import { loadSessionContext } from './session-context';
import { setSessionCookie } from './session-cookie-writer';

/**
 * Sudo mode from a form field, for a sensitive form submitted without JavaScript (the "Confirm it's you"
 * dialog needs it): the password re-entered in the same POST opens the 10-minute window exactly as the
 * dialog would (session rotated, new cookie written, audited), and the change then runs on the new session.
 */
export async function confirmPasswordInForm(ctx: Ctx, password: string): Promise<Ctx> {
  const { sessionToken } = await reauthenticate(ctx, { password });
  await setSessionCookie(sessionToken);
  const session = await loadSessionContext(sessionToken);
  if (!session) throw new AppError('UNAUTHENTICATED');
  return { ...ctx, session };
}
