import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { SignedInCtx } from '@/lib/context';
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

export async function auditRefusals<T>(
  ctx: SignedInCtx,
  target: { type: string; id: string | null; label?: string | null },
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof Refusal) {
      await db().$transaction((tx) =>
        recordAudit(tx, {
          organizationId: ctx.session.organization?.id ?? null,
          action: 'access.denied',
          actor: actorOf(ctx),
          target,
          outcome: 'DENIED',
          changes: { reason: err.auditReason },
          meta: ctx.meta,
        }),
      );
    }
    throw err;
  }
}
