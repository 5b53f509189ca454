'use server';

import { revalidatePath } from 'next/cache';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { confirmPasswordInForm } from '@/lib/auth/confirm-password-in-form';
import { createAction } from '@/lib/dal';
import { ZCreateApiKeyFormSchema, ZCreateApiKeySchema, ZRevokeApiKeySchema } from '@/lib/validation/api-keys';

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
export const createApiKeyFormAction = createAction({
  tier: 'api-keys:manage',
  schema: ZCreateApiKeyFormSchema,
  formOnly: 'FORM_UNREADABLE_TRY_AGAIN',
  handler: async (ctx, { password, ...input }) => {
    const result = await createApiKey(password ? await confirmPasswordInForm(ctx, password) : ctx, input);
    revalidatePath('/account/api-keys');
    return result;
  },
});
