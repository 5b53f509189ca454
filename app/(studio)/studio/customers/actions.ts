'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createCustomer } from '@/lib/customers/create-customer';
import { inviteCustomerOwner } from '@/lib/customers/invite-customer-owner';
import { reactivateCustomer } from '@/lib/customers/reactivate-customer';
import { requestCustomerDeletion } from '@/lib/customers/request-customer-deletion';
import { restoreCustomer } from '@/lib/customers/restore-customer';
import { suspendCustomer } from '@/lib/customers/suspend-customer';
import { createAction } from '@/lib/dal';
import { getConsoleTranslator } from '@/lib/i18n/console';
import {
  ZCreateCustomerSchema,
  ZCustomerIdSchema,
  ZDeleteCustomerSchema,
  ZInviteCustomerOwnerSchema,
} from '@/lib/validation/customers';

// The customers screens' actions: form posts only (useFormAction: they work without JavaScript too), a
// refused one hands the typed values back; the use-cases check the permission again.

export type CustomerFormResult = { message: string; href?: string };

const formOnly = 'FORM_NOT_FORM_DATA' as const;

/** The list and the customer's page show the change, whether it worked or not (a refusal may mean someone else changed it). */
async function revalidated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    revalidatePath('/studio/customers', 'layout');
  }
}

/**
 * A status change swaps the form for its opposite (suspend → reactivate), so its own state would vanish:
 * the page says what happened instead, from a closed set of outcomes in the URL.
 */
function done(
  customerId: string,
  outcome: 'suspended' | 'reactivated' | 'deleted' | 'restored',
  sessions?: number,
): never {
  revalidatePath('/studio/customers', 'layout');
  redirect(`/studio/customers/${customerId}?done=${outcome}${sessions === undefined ? '' : `&sessions=${sessions}`}`);
}

export const createCustomerAction = createAction({
  tier: 'customers:manage',
  schema: ZCreateCustomerSchema,
  formOnly,
  returnValues: ['name', 'slug', 'emailDomains', 'ownerEmail'],
  handler: (ctx, input): Promise<CustomerFormResult> =>
    revalidated(async () => {
      const c = await createCustomer(ctx, input);
      const t = await getConsoleTranslator('studio.customers');
      return {
        message: t('created', { name: c.name, email: c.ownerEmail }),
        href: `/studio/customers/${c.id}`,
      };
    }),
});

export const inviteCustomerOwnerAction = createAction({
  tier: 'customers:manage',
  schema: ZInviteCustomerOwnerSchema,
  formOnly,
  returnValues: ['email'],
  handler: (ctx, input): Promise<CustomerFormResult> =>
    revalidated(async () => {
      const r = await inviteCustomerOwner(ctx, input);
      const t = await getConsoleTranslator('studio.customers');
      return { message: t('invited', { email: r.email }) };
    }),
});

export const suspendCustomerAction = createAction({
  tier: 'customers:manage',
  schema: ZCustomerIdSchema,
  formOnly,
  handler: async (ctx, input): Promise<CustomerFormResult> => {
    const r = await revalidated(() => suspendCustomer(ctx, input));
    return done(input.customerId, 'suspended', r.sessionsEnded);
  },
});

export const reactivateCustomerAction = createAction({
  tier: 'customers:manage',
  schema: ZCustomerIdSchema,
  formOnly,
  handler: async (ctx, input): Promise<CustomerFormResult> => {
    await revalidated(() => reactivateCustomer(ctx, input));
    return done(input.customerId, 'reactivated');
  },
});

export const deleteCustomerAction = createAction({
  tier: 'customers:manage',
  schema: ZDeleteCustomerSchema,
  formOnly,
  returnValues: ['confirmSlug'],
  handler: async (ctx, input): Promise<CustomerFormResult> => {
    await revalidated(() => requestCustomerDeletion(ctx, input));
    return done(input.customerId, 'deleted');
  },
});

export const restoreCustomerAction = createAction({
  tier: 'customers:manage',
  schema: ZCustomerIdSchema,
  formOnly,
  handler: async (ctx, input): Promise<CustomerFormResult> => {
    await revalidated(() => restoreCustomer(ctx, input));
    return done(input.customerId, 'restored');
  },
});
