import { authorize } from '@/lib/access/authorize';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCustomerIdSchema, type TCustomerId } from '@/lib/validation/customers';
import { emailOwners, lockCustomer } from './customer-rules';
import { auditBoth } from './audit-both';
import { customerEmails } from './emails';

/** Cancels a pending deletion within the restore period; a suspended organization stays suspended. */
export async function restoreCustomer(
  ctx: Ctx,
  raw: TCustomerId,
  now = new Date(),
): Promise<{ id: string; status: 'ACTIVE' | 'SUSPENDED' }> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const { customerId } = parseInput(ZCustomerIdSchema, raw);
  return db().$transaction(async (tx) => {
    const org = await lockCustomer(tx, customerId);
    if (org.status !== 'PENDING_DELETION') throw new AppError('CUSTOMER_NOT_PENDING_DELETION', { name: org.name });
    if (org.purgeAfter && org.purgeAfter <= now) throw new AppError('CUSTOMER_RESTORE_PERIOD_OVER', { name: org.name });
    const status = org.suspendedAt ? 'SUSPENDED' : 'ACTIVE';
    await tx.organization.update({
      where: { id: org.id },
      data: { status, deletionRequestedAt: null, purgeAfter: null },
    });
    await auditBoth(tx, staff, org, 'customer.restored', { before: { status: 'PENDING_DELETION' }, after: { status } });
    const { brand, supportEmail } = getConfig();
    await emailOwners(tx, org.id, 'customer-restored', (o) =>
      customerEmails.restored({ brand: brand.name, name: o.name, organization: org.name, supportEmail }),
    );
    return { id: org.id, status };
  });
}
