import type { AuditAction } from '@/lib/audit/catalogue';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { VendorCtx } from './customer-rules';

/** The vendor staff member as seen in the customer's own chain. */
export function staffActor(ctx: VendorCtx): AuditActor {
  return {
    type: 'VENDOR_STAFF',
    id: ctx.session.user.id,
    label: `${ctx.session.user.email} (${ctx.session.organization.name})`,
  };
}

/**
 * One step, audited twice in the same transaction: in the vendor's chain (by the staff member) and, while
 * it exists, in the customer's own chain (as vendor staff), so the customer's log tells them too.
 */
export async function auditBoth(
  tx: Prisma.TransactionClient,
  ctx: VendorCtx,
  customer: { id: string; slug: string; name: string },
  action: AuditAction,
  changes?: Record<string, unknown>,
  opts: { customerChain?: boolean } = {},
): Promise<void> {
  const target = { type: 'organization', id: customer.id, label: `${customer.name} (${customer.slug})` };
  await recordAudit(tx, {
    organizationId: ctx.session.organization.id,
    action,
    actor: actorOf(ctx),
    target,
    changes,
    meta: ctx.meta,
  });
  if (opts.customerChain !== false) {
    await recordAudit(tx, {
      organizationId: customer.id,
      action,
      actor: staffActor(ctx),
      target,
      changes,
      meta: ctx.meta,
    });
  }
}
