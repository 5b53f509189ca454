'use server';

import { z } from 'zod';
import { verifyOrganizationChain } from '@/lib/audit/verify-organization-chain';
import { createAction } from '@/lib/dal';

export const verifyAuditChainAction = createAction({
  tier: 'audit:read',
  schema: z.object({}),
  handler: verifyOrganizationChain,
});
