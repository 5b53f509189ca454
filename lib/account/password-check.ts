import { verifyPassword } from '@/lib/auth/password-hash';
import type { SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { refuseWrongPassword } from '@/lib/auth/reauthenticate';

/**
 * Re-authentication inside the form itself (R23): the current password, typed with the change, so the
 * form works without JavaScript. Wrong passwords count against the session's limit and are audited.
 */
export async function assertCurrentPassword(
  ctx: SignedInCtx,
  password: string,
): Promise<{ id: string; email: string; name: string }> {
  const { session } = ctx;
  if (session.supportGrant) throw new AppError('SUPPORT_SESSION_OWN_ACCOUNT_CHANGE');
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id } });
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return user;
  return refuseWrongPassword(ctx);
}
