import { assertRecentlyReauthenticated, assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { consume, minutesText, peek } from '@/lib/security/rate-limit';
import type { z } from 'zod';
import type { ZTotpCodeSchema } from '@/lib/validation/mfa';
import { PENDING_SETUP_MINUTES } from './begin-totp-setup';
import { factorsOf, hasSecondFactor } from './factors';
import { noticeFactorAdded } from './notices';
import { replaceRecoveryCodes } from './recovery-codes';
import { checkTotpCode } from './totp';
import { openTotpSecret, paramsOf } from './totp-factor';

export interface TotpEnabledDTO {
  /** Shown once: new recovery codes when this is the account's first factor (or none were left). */
  recoveryCodes: string[] | null;
}

/**
 * Turns the pending authenticator on once the user proves it works with a current code. The step of that
 * code is stored as used, so the same code cannot then serve as the first sign-in code (R12).
 */
export async function confirmTotpSetup(ctx: Ctx, input: z.output<typeof ZTotpCodeSchema>): Promise<TotpEnabledDTO> {
  assertSignedIn(ctx);
  assertRecentlyReauthenticated(ctx);
  const { session } = ctx;
  const userId = session.user.id;
  const limit = await peek('mfaSetupPerUser', userId);
  if (limit.limited) throw new AppError('WRONG_CODES_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });

  const pending = await db().totpFactor.findUnique({ where: { userId } });
  if (pending?.confirmedAt) throw new AppError('TOTP_ALREADY_CONFIRMED');
  if (!pending || pending.createdAt.getTime() < Date.now() - PENDING_SETUP_MINUTES * 60_000) {
    throw new AppError('TOTP_SETUP_EXPIRED');
  }
  const check = await checkTotpCode({ secret: openTotpSecret(pending), code: input.code, params: paramsOf(pending) });
  if (!check.valid) {
    const after = await consume('mfaSetupPerUser', userId);
    if (after.limited) throw new AppError('WRONG_CODES_RATE_LIMITED', { wait: minutesText(after.retryAfterSeconds) });
    throw new AppError('VALIDATION', undefined, {
      code: [fieldMessage('TOTP_SETUP_CODE_MISMATCH')],
    });
  }

  return db().$transaction(async (tx) => {
    const before = await factorsOf(tx, userId);
    const now = new Date();
    const enabled = await tx.totpFactor.updateMany({
      where: { id: pending.id, confirmedAt: null },
      data: { confirmedAt: now, lastUsedStep: check.step, lastUsedAt: now },
    });
    if (enabled.count !== 1) throw new AppError('TOTP_ALREADY_CONFIRMED');
    let recoveryCodes: string[] | null = null;
    if (!hasSecondFactor(before) || before.recoveryCodes === 0) recoveryCodes = await replaceRecoveryCodes(tx, userId);
    // One event for the change; the recovery codes issued with a first factor are part of it.
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'mfa.totp.enabled',
      actor: actorOf(ctx),
      target: { type: 'user', id: userId, label: session.user.email },
      changes: recoveryCodes ? { recoverySetIssued: recoveryCodes.length } : undefined,
      meta: ctx.meta,
    });
    await noticeFactorAdded(tx, ctx, 'An authenticator app');
    return { recoveryCodes };
  });
}
