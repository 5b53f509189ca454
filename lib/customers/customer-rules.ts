import { assertCan } from '@/lib/access/can';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { AuditAction } from '@/lib/audit/catalogue';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx, SignedInCtx } from '@/lib/context';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import type { RenderedMail } from '@/lib/mail/render';

// Rules every customer-lifecycle use-case goes through: vendor staff holding customers:manage, acting on
// a CUSTOMER organization found by id. The vendor organization itself, and any id that is not a customer,
// answers NOT_FOUND: it can never be suspended or deleted.

export type VendorCtx = SignedInCtx & { session: SignedInCtx['session'] & { organization: NonNullable<SignedInCtx['session']['organization']> } };

export async function assertVendorStaff(ctx: Ctx): Promise<VendorCtx> {
  await assertCan(ctx, 'customers:manage');
  const session = ctx.session!;
  // A customer organization's custom role can never manage other customers, whatever it holds.
  if (session.organization?.kind !== 'VENDOR' || session.supportGrant) throw new AppError('FORBIDDEN');
  return ctx as VendorCtx;
}

export type CustomerRow = Prisma.OrganizationGetPayload<object>;

/** Locks the customer's row for the rest of the transaction, so two lifecycle changes never interleave. */
export async function lockCustomer(tx: Prisma.TransactionClient, customerId: string): Promise<CustomerRow> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `customer:${customerId}`);
  const row = await tx.organization.findFirst({ where: { id: customerId, kind: 'CUSTOMER' } });
  if (!row) throw new AppError('NOT_FOUND', 'There is no such customer organization.');
  return row;
}

/** What a refused member or API client is told: which organization, and whom to contact. */
export function suspendedMessage(org: { name: string; status: string }): string {
  const { supportEmail } = getConfig();
  return org.status === 'PENDING_DELETION'
    ? `${org.name} is scheduled for deletion and can no longer be used. Contact ${supportEmail} if this is a mistake.`
    : `${org.name} is suspended. Contact ${supportEmail} to have it reactivated.`;
}

/** The vendor staff member as seen in the customer's own chain. */
export function staffActor(ctx: VendorCtx): AuditActor {
  return { type: 'VENDOR_STAFF', id: ctx.session.user.id, label: `${ctx.session.user.email} (${ctx.session.organization.name})` };
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
  await recordAudit(tx, { organizationId: ctx.session.organization.id, action, actor: actorOf(ctx), target, changes, meta: ctx.meta });
  if (opts.customerChain !== false) {
    await recordAudit(tx, { organizationId: customer.id, action, actor: staffActor(ctx), target, changes, meta: ctx.meta });
  }
}

/** Emails every active Owner of the customer, in the caller's transaction (the outbox sends it). */
export async function emailOwners(
  tx: Prisma.TransactionClient,
  customerId: string,
  template: string,
  render: (owner: { name: string; email: string }) => RenderedMail,
): Promise<string[]> {
  const owners = await tx.membership.findMany({
    where: { organizationId: customerId, role: 'owner', deactivatedAt: null, user: { status: 'ACTIVE' } },
    select: { user: { select: { name: true, email: true } } },
  });
  for (const { user } of owners) await enqueueMail(tx, { to: user.email, template, rendered: render(user) });
  return owners.map((o) => o.user.email);
}

/** Ends every session in the organization (members' and support sessions): the next request signs out. */
export async function endSessionsOf(tx: Prisma.TransactionClient, organizationId: string, reason: string): Promise<number> {
  const res = await tx.session.updateMany({ where: { organizationId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
  return res.count;
}

export const SUSPENDED_REASON = 'organization suspended';
export const DELETION_REASON = 'organization pending deletion';
export const RESTORE_DAYS = 30;
