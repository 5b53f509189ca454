'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { approveDomainClaim } from '@/lib/sso/domains';
import { ZDomainIdSchema } from '@/lib/validation/sso';

export const approveDomainClaimAction = createAction({
  tier: 'customers:manage',
  schema: ZDomainIdSchema,
  handler: async (ctx, input) => {
    const result = await approveDomainClaim(ctx, input);
    revalidatePath('/studio/customers/sso-domains');
    return result;
  },
});
