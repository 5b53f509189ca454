import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ssoRequiredFor } from './require-sso';

/**
 * Called by password and passkey sign-in once the credential is proven (so the answer reveals nothing
 * to someone who does not hold it): a member of an organization with "Require SSO" on, who is not a
 * break-glass owner, is refused with a message pointing to the SSO button; the refusal is audited.
 */
export async function refuseIfSsoRequired(
  ctx: Ctx,
  user: { id: string; email: string },
  method: 'password' | 'passkey',
): Promise<void> {
  const required = await ssoRequiredFor(db(), user.id);
  if (!required) return;
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: required.organizationId,
      action: 'auth.signin.failed',
      actor: { type: 'USER', id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      outcome: 'DENIED',
      changes: { reason: `single sign-on required (${method} refused)` },
      meta: ctx.meta,
    }),
  );
  throw new AppError('SSO_REQUIRED', { organization: required.organizationName });
}
