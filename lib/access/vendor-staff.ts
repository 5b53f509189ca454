import 'server-only';
import { assertCan } from '@/lib/access/can';
import type { Permission } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export interface VendorStaff {
  /** The vendor organization: the work's audit events go to its log. */
  organizationId: string;
  userId: string;
  email: string;
}

/**
 * Work that belongs to the trust center's vendor (abuse triage, the sub-processor register): only its own
 * staff holding the permission may do it. A customer organization whose custom role holds the same
 * permission is refused, and the refusal audited in its log (R27). `what` ends the refusal message.
 */
export async function assertVendorStaff(ctx: Ctx, permission: Permission, what: string): Promise<VendorStaff> {
  await assertCan(ctx, permission);
  const { session } = ctx as SignedInCtx;
  const organization = session.organization;
  if (organization?.kind !== 'VENDOR') {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: organization?.id ?? null,
        action: 'access.denied',
        actor: actorOf(ctx),
        outcome: 'DENIED',
        changes: { permission, reason: `${what} belongs to the vendor` },
        meta: ctx.meta,
      }),
    );
    throw new AppError('VENDOR_STAFF_ONLY', { what });
  }
  return { organizationId: organization.id, userId: session.user.id, email: session.user.email };
}
