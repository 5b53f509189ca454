import { authorize } from '@/lib/access/authorize';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { formatDate } from '@/lib/ui/format';
import { parseInput } from '@/lib/validation/parse-input';
import { ZDeleteCustomerSchema, type TDeleteCustomer } from '@/lib/validation/customers';
import { DELETION_REASON, emailOwners, endSessionsOf, lockCustomer, RESTORE_DAYS } from './customer-rules';
import { auditBoth } from './audit-both';
import { customerEmails } from './emails';

/**
 * Step one of deleting a customer organization: with its slug typed as confirmation, it becomes pending
 * deletion (unusable, sessions ended) and can be restored for RESTORE_DAYS days; then the purge removes it.
 */
export async function requestCustomerDeletion(
  ctx: Ctx,
  raw: TDeleteCustomer,
  now = new Date(),
): Promise<{ id: string; purgeAfter: string }> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const input = parseInput(ZDeleteCustomerSchema, raw);
  return db().$transaction(async (tx) => {
    const org = await lockCustomer(tx, input.customerId);
    if (org.status === 'PENDING_DELETION') throw new AppError('CUSTOMER_ALREADY_PENDING_DELETION', { name: org.name });
    if (input.confirmSlug !== org.slug) {
      throw new AppError(
        'CUSTOMER_DELETION_SLUG_MISMATCH',
        { slug: org.slug },
        { confirmSlug: [fieldMessage('CONFIRM_SLUG', { slug: org.slug })] },
      );
    }
    const purgeAfter = new Date(now.getTime() + RESTORE_DAYS * 86_400_000);
    await tx.organization.update({
      where: { id: org.id },
      data: { status: 'PENDING_DELETION', deletionRequestedAt: now, purgeAfter },
    });
    const sessionsEnded = await endSessionsOf(tx, org.id, DELETION_REASON);
    await auditBoth(tx, staff, org, 'customer.deletion_requested', {
      before: { status: org.status },
      after: { status: 'PENDING_DELETION', purgeAfter: purgeAfter.toISOString() },
      sessionsEnded,
    });
    const { brand, supportEmail } = getConfig();
    const purgeOn = formatDate(purgeAfter);
    await emailOwners(tx, org.id, 'customer-deletion-scheduled', (o) =>
      customerEmails.deletionScheduled({
        brand: brand.name,
        name: o.name,
        organization: org.name,
        supportEmail,
        purgeOn,
      }),
    );
    return { id: org.id, purgeAfter: purgeAfter.toISOString() };
  });
}
