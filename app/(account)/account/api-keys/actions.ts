'use server';

import { revalidatePath } from 'next/cache';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
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
