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
import { AppError, toErrorResult, type ActionResult } from '@/lib/errors';
import { ZCreateCustomerSchema, ZCustomerIdSchema, ZDeleteCustomerSchema, ZInviteCustomerOwnerSchema } from '@/lib/validation/customers';

// The customers screens' actions. Each takes the form's FormData (useActionState: they work as plain form
// posts without JavaScript too) and refuses anything else; the use-cases check the permission again.

export type CustomerFormState = (ActionResult<{ message: string; href?: string }> & { values?: Record<string, string> }) | null;

function formValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? '').slice(0, 2000)]));
}

function onlyFormData(input: unknown): asserts input is FormData {
  if (!(input instanceof FormData)) throw new AppError('FORM_NOT_FORM_DATA');
}

async function run(
  impl: (prev: unknown, input: FormData) => Promise<ActionResult<{ message: string; href?: string }>>,
  formData: unknown,
  keep: string[] = [],
): Promise<CustomerFormState> {
  try {
    onlyFormData(formData);
  } catch (err) {
    return toErrorResult(err);
  }
  const result = await impl(null, formData);
  revalidatePath('/studio/customers', 'layout');
  return result.ok ? result : { ...result, values: formValues(formData, keep) };
}

/**
 * A status change swaps the form for its opposite (suspend → reactivate), so its own state would vanish:
 * the page says what happened instead, from a closed set of outcomes in the URL.
 */
function done(customerId: string, outcome: 'suspended' | 'reactivated' | 'deleted' | 'restored', sessions?: number): never {
  revalidatePath('/studio/customers', 'layout');
  redirect(`/studio/customers/${customerId}?done=${outcome}${sessions === undefined ? '' : `&sessions=${sessions}`}`);
}

const create = createAction({
  tier: 'customers:manage',
  schema: ZCreateCustomerSchema,
  handler: async (ctx, input) => {
    const c = await createCustomer(ctx, input);
    return { message: `${c.name} was created and ${c.ownerEmail} was invited as its Owner.`, href: `/studio/customers/${c.id}` };
  },
});
export async function createCustomerAction(_prev: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  return run(create, formData, ['name', 'slug', 'emailDomains', 'ownerEmail']);
}

const invite = createAction({
  tier: 'customers:manage',
  schema: ZInviteCustomerOwnerSchema,
  handler: async (ctx, input) => {
    const r = await inviteCustomerOwner(ctx, input);
    return { message: `Invitation sent to ${r.email} as Owner.` };
  },
});
export async function inviteCustomerOwnerAction(_prev: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  return run(invite, formData, ['email']);
}

const suspend = createAction({
  tier: 'customers:manage',
  schema: ZCustomerIdSchema,
  handler: async (ctx, input) => {
    const r = await suspendCustomer(ctx, input);
    return done(input.customerId, 'suspended', r.sessionsEnded);
  },
});
export async function suspendCustomerAction(_prev: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  return run(suspend, formData);
}

const reactivate = createAction({
  tier: 'customers:manage',
  schema: ZCustomerIdSchema,
  handler: async (ctx, input) => {
    await reactivateCustomer(ctx, input);
    return done(input.customerId, 'reactivated');
  },
});
export async function reactivateCustomerAction(_prev: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  return run(reactivate, formData);
}

const remove = createAction({
  tier: 'customers:manage',
  schema: ZDeleteCustomerSchema,
  handler: async (ctx, input) => {
    await requestCustomerDeletion(ctx, input);
    return done(input.customerId, 'deleted');
  },
});
export async function deleteCustomerAction(_prev: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  return run(remove, formData, ['confirmSlug']);
}

const restore = createAction({
  tier: 'customers:manage',
  schema: ZCustomerIdSchema,
  handler: async (ctx, input) => {
    await restoreCustomer(ctx, input);
    return done(input.customerId, 'restored');
  },
});
export async function restoreCustomerAction(_prev: CustomerFormState, formData: FormData): Promise<CustomerFormState> {
  return run(restore, formData);
}
