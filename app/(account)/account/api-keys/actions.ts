'use server';

import { revalidatePath } from 'next/cache';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { confirmPasswordInForm } from '@/lib/auth/confirm-password-in-form';
import { createAction } from '@/lib/dal';
import { ZCreateApiKeySchema, ZRevokeApiKeySchema } from '@/lib/validation/api-keys';

export const createApiKeyAction = createAction({
  tier: 'api-keys:manage',
  schema: ZCreateApiKeySchema,
  handler: async (ctx, input) => {
    const result = await createApiKey(ctx, input);
    revalidatePath('/account/api-keys');
    return result;
  },
});

export const revokeApiKeyAction = createAction({
  tier: 'api-keys:manage',
  schema: ZRevokeApiKeySchema,
  handler: async (ctx, input) => {
    const result = await revokeApiKey(ctx, input);
    revalidatePath('/account/api-keys');
    return result;
  },
});

/**
 * The form's action, with or without JavaScript: a "password" field (shown when the server asked for
 * it, for a browser without the "Confirm it's you" dialog) opens sudo mode in the same POST.
 */
export async function createApiKeyFormAction(_prev: unknown, form: FormData) {
  if (!(form instanceof FormData)) return { ok: false as const, code: 'VALIDATION' as const, error: 'This form could not be read. Reload the page and try again.' };
  const password = form.get('password');
  if (typeof password !== 'string' || !password) return createApiKeyAction(null, form);
  return createAction({
    tier: 'api-keys:manage',
    schema: ZCreateApiKeySchema,
    handler: async (ctx, input) => {
      const result = await createApiKey(await confirmPasswordInForm(ctx, password), input);
      revalidatePath('/account/api-keys');
      return result;
    },
  })(null, form);
}
