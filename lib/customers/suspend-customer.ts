import { authorize } from '@/lib/access/authorize';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCustomerIdSchema, type TCustomerId } from '@/lib/validation/customers';
import { emailOwners, endSessionsOf, lockCustomer, SUSPENDED_REASON } from './customer-rules';
import { auditBoth } from './audit-both';
import { customerEmails } from './emails';

/**
 * Suspends a customer organization: every session in it ends (the member's next request lands on
 * /suspended), and sign-in and its API keys are refused with a message naming whom to contact.
 */
export async function suspendCustomer(ctx: Ctx, raw: TCustomerId): Promise<{ id: string; sessionsEnded: number }> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const { customerId } = parseInput(ZCustomerIdSchema, raw);
  return db().$transaction(async (tx) => {
    const org = await lockCustomer(tx, customerId);
    if (org.status === 'SUSPENDED') throw new AppError('CUSTOMER_ALREADY_SUSPENDED', { name: org.name });
    if (org.status === 'PENDING_DELETION') throw new AppError('CUSTOMER_PENDING_DELETION', { name: org.name });
    await tx.organization.update({ where: { id: org.id }, data: { status: 'SUSPENDED', suspendedAt: new Date() } });
    const sessionsEnded = await endSessionsOf(tx, org.id, SUSPENDED_REASON);
    await auditBoth(tx, staff, org, 'customer.suspended', {
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED' },
      sessionsEnded,
    });
    const { brand, supportEmail } = getConfig();
    await emailOwners(tx, org.id, 'customer-suspended', (o) =>
      customerEmails.suspended({ brand: brand.name, name: o.name, organization: org.name, supportEmail }),
    );
    return { id: org.id, sessionsEnded };
  });
}
