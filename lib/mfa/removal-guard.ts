import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, type AppErrorArgs } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { organizationPolicy } from './enrolment';
import type { UserFactors } from './factors';
import { satisfiesPolicy } from './policy';

class RemovalRefused extends AppError {
  constructor(
    public readonly factor: string,
    ...error: AppErrorArgs
  ) {
    super(...error);
  }
}

/**
 * Refuses (with the reason) a removal that would take the user below their organization's two-factor
 * requirement. Runs inside the removal's transaction, so the check and the deletion see the same factors.
 */
export async function assertRemovalAllowed(
  tx: Prisma.TransactionClient,
  ctx: SignedInCtx,
  before: UserFactors,
  after: Pick<UserFactors, 'totp' | 'passkeys'>,
  what: string,
): Promise<void> {
  const policy = await organizationPolicy(tx, ctx.session.organization?.id ?? null);
  if (!policy?.mfaRequired || !satisfiesPolicy(policy, before) || satisfiesPolicy(policy, after)) return;
  throw policy.mfaPasskeysOnly
    ? new RemovalRefused(what, 'MFA_LAST_REQUIRED_PASSKEY')
    : new RemovalRefused(what, 'MFA_LAST_REQUIRED_FACTOR', { what: what.toLowerCase() });
}

/** Runs a removal; a refusal is audited once its transaction has rolled back ("refused" = message + event). */
export async function auditingRefusal<T>(ctx: SignedInCtx, removal: () => Promise<T>): Promise<T> {
  try {
    return await removal();
  } catch (err) {
    if (err instanceof RemovalRefused) {
      await db().$transaction((tx) =>
        recordAudit(tx, {
          organizationId: ctx.session.organization?.id ?? null,
          action: 'mfa.factor_removal.refused',
          actor: actorOf(ctx),
          target: { type: 'user', id: ctx.session.user.id, label: ctx.session.user.email },
          outcome: 'DENIED',
          changes: { factor: err.factor, why: 'organization requires two-factor authentication' },
          meta: ctx.meta,
        }),
      );
    }
    throw err;
  }
}
