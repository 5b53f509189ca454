import { assertCan } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export interface AbuseStaff {
  /** The vendor organization: triage events go to its audit log. */
  organizationId: string;
  userId: string;
  email: string;
}

/**
 * Abuse reports reach the trust center's vendor: only its staff with content:publish triage them. A
 * customer organization whose custom role holds content:publish is refused, and the refusal audited (R27).
 */
export async function abuseStaff(ctx: Ctx): Promise<AbuseStaff> {
  await assertCan(ctx, 'content:publish');
  const { session } = ctx as SignedInCtx;
  const organization = session.organization;
  if (organization?.kind !== 'VENDOR') {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: organization?.id ?? null,
        action: 'access.denied',
        actor: actorOf(ctx),
        outcome: 'DENIED',
        changes: { permission: 'content:publish', reason: 'abuse reports belong to the vendor' },
        meta: ctx.meta,
      }),
    );
    throw new AppError('FORBIDDEN', 'Only the trust center’s own staff can see abuse reports.');
  }
  return { organizationId: organization.id, userId: session.user.id, email: session.user.email };
}
