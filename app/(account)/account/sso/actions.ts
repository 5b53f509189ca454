'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createAction } from '@/lib/dal';
import { claimDomain, removeDomain, verifyDomainByDns } from '@/lib/sso/domains';
import { setBreakGlass, setRequireSso } from '@/lib/sso/require-sso';
import { removeSsoConnection } from '@/lib/sso/remove-connection';
import { saveSsoConnection } from '@/lib/sso/save-connection';
import { ssoReauthOptions } from '@/lib/sso/reauthenticate-with-sso';
import {
  ZBreakGlassSchema,
  ZClaimDomainSchema,
  ZDomainIdSchema,
  ZRequireSsoSchema,
  ZSaveSsoConnectionFormSchema,
} from '@/lib/validation/sso';

const PAGE = '/account/sso';

export const saveSsoConnectionAction = createAction({
  tier: 'sso:manage',
  schema: ZSaveSsoConnectionFormSchema,
  handler: async (ctx, input) => {
    const result = await saveSsoConnection(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const claimDomainAction = createAction({
  tier: 'sso:manage',
  schema: ZClaimDomainSchema,
  handler: async (ctx, input) => {
    const result = await claimDomain(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const verifyDomainAction = createAction({
  tier: 'sso:manage',
  schema: ZDomainIdSchema,
  handler: async (ctx, input) => {
    const result = await verifyDomainByDns(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const removeDomainAction = createAction({
  tier: 'sso:manage',
  schema: ZDomainIdSchema,
  handler: async (ctx, input) => {
    const result = await removeDomain(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const setRequireSsoAction = createAction({
  tier: 'sso:manage',
  schema: ZRequireSsoSchema,
  handler: async (ctx, input) => {
    const result = await setRequireSso(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const setBreakGlassAction = createAction({
  tier: 'sso:manage',
  schema: ZBreakGlassSchema,
  handler: async (ctx, input) => {
    const result = await setBreakGlass(ctx, input);
    revalidatePath(PAGE);
    return result;
  },
});

export const removeSsoConnectionAction = createAction({
  tier: 'sso:manage',
  schema: z.object({}),
  handler: async (ctx) => {
    const result = await removeSsoConnection(ctx);
    revalidatePath(PAGE);
    return result;
  },
});

/** The sudo dialog asks whether this member can confirm through the IdP (and whether they have a password). */
export const ssoReauthOptionsAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: ssoReauthOptions,
});
