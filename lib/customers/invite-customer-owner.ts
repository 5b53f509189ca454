import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZInviteCustomerOwnerSchema, type TInviteCustomerOwner } from '@/lib/validation/customers';
import { lockCustomer } from './customer-rules';
import { inviteOwner } from './owner-invitation';

/** Invites another Owner of a customer organization (say, when the first invitation expired unused). */
export async function inviteCustomerOwner(
  ctx: Ctx,
  raw: TInviteCustomerOwner,
): Promise<{ invitationId: string; email: string; expiresAt: string }> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const input = parseInput(ZInviteCustomerOwnerSchema, raw);
  return db().$transaction(async (tx) => {
    const org = await lockCustomer(tx, input.customerId);
    if (org.status !== 'ACTIVE') throw new AppError('CUSTOMER_NOT_ACTIVE', { name: org.name });
    return inviteOwner(tx, staff, org, input.email);
  });
}
