'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changePassword } from '@/lib/auth/change-password';
import { revokeMyOtherSessions, revokeMySession } from '@/lib/auth/revoke-my-session';
import { createAction } from '@/lib/dal';
import { ZChangePasswordSchema, ZSessionIdSchema } from '@/lib/validation/auth';
import { beginTotpSetup } from '@/lib/mfa/begin-totp-setup';
import { confirmTotpSetup } from '@/lib/mfa/confirm-totp-setup';
import { finishPasskeyRegistration } from '@/lib/mfa/finish-passkey-registration';
import { regenerateRecoveryCodes } from '@/lib/mfa/regenerate-recovery-codes';
import { removePasskey } from '@/lib/mfa/remove-passkey';
import { removeTotp } from '@/lib/mfa/remove-totp';
import { renamePasskey } from '@/lib/mfa/rename-passkey';
import { resetMemberTwoFactor } from '@/lib/mfa/reset-member-two-factor';
import { startPasskeyRegistration } from '@/lib/mfa/start-passkey-registration';
import { updateTwoFactorPolicy } from '@/lib/mfa/update-two-factor-policy';
import {
  ZFinishPasskeyRegistrationSchema,
  ZPasskeyIdSchema,
  ZRenamePasskeySchema,
  ZResetMemberTwoFactorSchema,
  ZTotpCodeSchema,
  ZTwoFactorPolicySchema,
} from '@/lib/validation/mfa';

export const changePasswordAction = createAction({
  tier: 'signed-in',
  schema: ZChangePasswordSchema,
  handler: async (ctx, input) => {
    const result = await changePassword(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const revokeSessionAction = createAction({
  tier: 'signed-in',
  schema: ZSessionIdSchema,
  handler: async (ctx, input) => {
    await revokeMySession(ctx, input);
    revalidatePath('/account/security');
    return { revoked: true };
  },
});

export const revokeOtherSessionsAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: async (ctx) => {
    const result = await revokeMyOtherSessions(ctx);
    revalidatePath('/account/security');
    return result;
  },
});

// ── Two-factor authentication ── (lib/mfa: each use-case checks sudo and ownership itself)

export const beginTotpSetupAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: (ctx) => beginTotpSetup(ctx),
});

export const confirmTotpSetupAction = createAction({
  tier: 'signed-in',
  schema: ZTotpCodeSchema,
  handler: async (ctx, input) => {
    const result = await confirmTotpSetup(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const removeTotpAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: async (ctx) => {
    const result = await removeTotp(ctx);
    revalidatePath('/account/security');
    return result;
  },
});

export const regenerateRecoveryCodesAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: async (ctx) => {
    const result = await regenerateRecoveryCodes(ctx);
    revalidatePath('/account/security');
    return result;
  },
});

export const startPasskeyRegistrationAction = createAction({
  tier: 'signed-in',
  schema: z.object({}),
  handler: (ctx) => startPasskeyRegistration(ctx),
});

export const finishPasskeyRegistrationAction = createAction({
  tier: 'signed-in',
  schema: ZFinishPasskeyRegistrationSchema,
  handler: async (ctx, input) => {
    const result = await finishPasskeyRegistration(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const renamePasskeyAction = createAction({
  tier: 'signed-in',
  schema: ZRenamePasskeySchema,
  handler: async (ctx, input) => {
    const result = await renamePasskey(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const removePasskeyAction = createAction({
  tier: 'signed-in',
  schema: ZPasskeyIdSchema,
  handler: async (ctx, input) => {
    const result = await removePasskey(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const updateTwoFactorPolicyAction = createAction({
  tier: 'security:manage',
  schema: ZTwoFactorPolicySchema,
  handler: async (ctx, input) => {
    const result = await updateTwoFactorPolicy(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});

export const resetMemberTwoFactorAction = createAction({
  tier: 'security:manage',
  schema: ZResetMemberTwoFactorSchema,
  handler: async (ctx, input) => {
    const result = await resetMemberTwoFactor(ctx, input);
    revalidatePath('/account/security');
    return result;
  },
});
