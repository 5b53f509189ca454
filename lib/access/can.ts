import { recordAudit } from '@/lib/audit/record';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Permission } from './permissions';

/** The one permission check: deny by default (R25). */
export function can(ctx: Ctx, permission: Permission): boolean {
  return ctx.session?.permissions.has(permission) ?? false;
}

export function assertSignedIn(ctx: Ctx): asserts ctx is SignedInCtx {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED');
}

/** Throws FORBIDDEN, after recording the refusal in the audit log (R27), unless the permission is held. */
export async function assertCan(ctx: Ctx, permission: Permission): Promise<void> {
  assertSignedIn(ctx);
  if (can(ctx, permission)) return;
  const { session } = ctx;
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'access.denied',
      actor: { type: 'USER', id: session.user.id, label: session.user.email },
      outcome: 'DENIED',
      changes: { permission },
      meta: ctx.meta,
    }),
  );
  throw new AppError('FORBIDDEN');
}

const SUDO_WINDOW_MS = 10 * 60_000;

/** Sensitive changes need a credential re-entered in the last 10 minutes (R23). */
export function assertRecentlyReauthenticated(ctx: SignedInCtx, now = new Date()): void {
  const at = ctx.session.reauthenticatedAt;
  if (!at || now.getTime() - at.getTime() > SUDO_WINDOW_MS) throw new AppError('REAUTH_REQUIRED');
}
