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

/** Lifts a suspension: members sign in again, API keys work again. */
export async function reactivateCustomer(ctx: Ctx, raw: TCustomerId): Promise<{ id: string }> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const { customerId } = parseInput(ZCustomerIdSchema, raw);
  return db().$transaction(async (tx) => {
    const org = await lockCustomer(tx, customerId);
    if (org.status !== 'SUSPENDED') throw new AppError('CUSTOMER_NOT_SUSPENDED', { name: org.name });
    await tx.organization.update({ where: { id: org.id }, data: { status: 'ACTIVE', suspendedAt: null } });
    await auditBoth(tx, staff, org, 'customer.reactivated', {
      before: { status: 'SUSPENDED' },
      after: { status: 'ACTIVE' },
    });
    const { brand, supportEmail, appUrl } = getConfig();
    const url = new URL('/login', appUrl).toString();
    await emailOwners(tx, org.id, 'customer-reactivated', (o) =>
      customerEmails.reactivated({ brand: brand.name, name: o.name, organization: org.name, supportEmail, url }),
    );
    return { id: org.id };
  });
}
