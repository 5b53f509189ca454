import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, type AppErrorArgs } from '@/lib/errors';

// Business rules that refuse an otherwise permitted change (last owner, raising yourself, handing out
// rights you lack). A refusal is thrown inside the use-case's transaction, which rolls back; the denial is
// then recorded in a transaction of its own, so it survives (R27).

export class Refusal extends AppError {
  constructor(
    /** Stable, short reason recorded in the audit event, e.g. "last owner". */
    public readonly auditReason: string,
    /** What the user is told: a FORBIDDEN reason of lib/messages/errors.ts and its params. */
    ...error: AppErrorArgs
  ) {
    super(...error);
    this.name = 'Refusal';
  }
}

/**
 * The one writer of `access.denied` (R27): a missing permission (lib/access/authorize.ts, can.ts), a
 * vendor-only area, a read-only support session, a business-rule Refusal. Its own transaction, so the
 * record survives the refused change's rollback; in the caller's organization's log.
 */
export async function recordDenial(
  ctx: Ctx,
  changes: Record<string, unknown>,
  target?: { type: string; id: string | null; label?: string | null },
): Promise<void> {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: ctx.session?.organization?.id ?? null,
      action: 'access.denied',
      actor: actorOf(ctx),
      ...(target ? { target } : {}),
      outcome: 'DENIED',
      changes,
      meta: ctx.meta,
    }),
  );
}

export async function auditRefusals<T>(
  ctx: SignedInCtx,
  target: { type: string; id: string | null; label?: string | null },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof Refusal) await recordDenial(ctx, { reason: err.auditReason }, target);
    throw err;
  }
}
