import type { AuthorizedCtx } from '@/lib/access/authorize';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import type { RenderedMail } from '@/lib/mail/render';

// Rules every customer-lifecycle use-case goes through: vendor staff holding customers:manage (authorize
// with vendorOnly: a customer organization's custom role never manages other customers, whatever it
// holds; audited), acting on a CUSTOMER organization found by id. The vendor organization itself, and any
// id that is not a customer, answers NOT_FOUND: it can never be suspended or deleted.

/** The vendor staff member's authorized context (lib/access/authorize.ts). */
export type VendorCtx = AuthorizedCtx;

export type CustomerRow = Prisma.OrganizationGetPayload<object>;

/** Locks the customer's row for the rest of the transaction, so two lifecycle changes never interleave. */
export async function lockCustomer(tx: Prisma.TransactionClient, customerId: string): Promise<CustomerRow> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `customer:${customerId}`);
  const row = await tx.organization.findFirst({ where: { id: customerId, kind: 'CUSTOMER' } });
  if (!row) throw new AppError('CUSTOMER_NOT_FOUND');
  return row;
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
export async function endSessionsOf(
  tx: Prisma.TransactionClient,
  organizationId: string,
  reason: string,
): Promise<number> {
  const res = await tx.session.updateMany({
    where: { organizationId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return res.count;
}

export { DELETION_REASON, RESTORE_DAYS, SUSPENDED_REASON, suspendedMessage } from './status';
