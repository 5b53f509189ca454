import type { Ctx, SignedInCtx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { isReadPermission } from './permission-guide';
import type { Permission } from './permissions';
import { recordDenial } from './refusal';

/**
 * The one permission check: deny by default (R25). A read-only support session never gets a permission
 * that changes something, whatever its permission set says — the rule lives here so no use-case can forget it.
 */
export function can(ctx: Ctx, permission: Permission): boolean {
  const session = ctx.session;
  if (!session) return false;
  if (session.supportGrant?.readOnly && !isReadPermission(permission)) return false;
  return session.permissions.has(permission);
}

export function assertSignedIn(ctx: Ctx): asserts ctx is SignedInCtx {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
}

/**
 * Throws FORBIDDEN, after recording the refusal in the audit log (R27), unless the permission is held. For
 * the DAL's tiers; use-cases open with lib/access/authorize.ts, which also narrows the context.
 */
export async function assertCan(ctx: Ctx, permission: Permission): Promise<void> {
  assertSignedIn(ctx);
  if (can(ctx, permission)) return;
  await recordDenial(ctx, { permission });
  throw new AppError('FORBIDDEN');
}

/** Signed-in actions (a user's own settings) are refused in a read-only support session, and the refusal audited (R27). */
export async function assertNotReadOnlySupportSession(ctx: SignedInCtx): Promise<void> {
  const grant = ctx.session.supportGrant;
  if (!grant?.readOnly) return;
  await recordDenial(ctx, { reason: 'read-only support session', grant: grant.reference });
  throw new AppError('SUPPORT_SESSION_READ_ONLY');
}

const SUDO_WINDOW_MS = 10 * 60_000;

/** Sensitive changes need a credential re-entered in the last 10 minutes (R23). */
export function assertRecentlyReauthenticated(ctx: SignedInCtx, now = new Date()): void {
  const at = ctx.session.reauthenticatedAt;
  if (!at || now.getTime() - at.getTime() > SUDO_WINDOW_MS) throw new AppError('REAUTH_REQUIRED');
}
