'use server';

import { revalidatePath } from 'next/cache';
import { createAction } from '@/lib/dal';
import { signOutFormAction } from '@/lib/auth/sign-out-form';
import { addIpRule } from '@/lib/ip-access/add-ip-rule';
import { importIpRules } from '@/lib/ip-access/import-ip-rules';
import { previewIpImport } from '@/lib/ip-access/preview-ip-import';
import { removeIpRule } from '@/lib/ip-access/remove-ip-rule';
import { setIpListEnabled } from '@/lib/ip-access/set-ip-list-enabled';
import { testIpAddress } from '@/lib/ip-access/test-ip-address';
import {
  ZAddIpRuleSchema,
  ZImportIpRulesSchema,
  ZPreviewIpImportSchema,
  ZRemoveIpRuleSchema,
  ZSetIpListEnabledSchema,
  ZTestIpAddressFormSchema,
} from '@/lib/validation/ip-access';

const PAGE = '/account/ip-access';

export const addIpRuleAction = createAction({
  tier: 'ip-access:manage',
  schema: ZAddIpRuleSchema,
  handler: async (ctx, input) => {
    const result = await addIpRule(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const removeIpRuleAction = createAction({
  tier: 'ip-access:manage',
  schema: ZRemoveIpRuleSchema,
  handler: async (ctx, input) => {
    const result = await removeIpRule(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const setIpListEnabledAction = createAction({
  tier: 'ip-access:manage',
  schema: ZSetIpListEnabledSchema,
  handler: async (ctx, input) => {
    const result = await setIpListEnabled(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const previewIpImportAction = createAction({
  tier: 'ip-access:manage',
  schema: ZPreviewIpImportSchema,
  handler: previewIpImport,
});

export const importIpRulesAction = createAction({
  tier: 'ip-access:manage',
  schema: ZImportIpRulesSchema,
  handler: async (ctx, input) => {
    const result = await importIpRules(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const testIpAddressAction = createAction({
  tier: 'ip-access:manage',
  schema: ZTestIpAddressFormSchema,
  handler: testIpAddress,
});

/**
 * Sign-out from the page that refuses an address: the request is refused for everything else, but
 * ending one's own session only takes access away, so it runs on the session alone.
 */
export const signOutFromRefusedAddress = signOutFormAction({ runsFromRefusedAddress: true });
