import { recordAudit } from '@/lib/audit/record';
import { sha256Hex } from '@/lib/auth/tokens';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TConfirmSubscription } from '@/lib/validation/notices';
import { CONFIRMATION_HOURS } from './subscription-policy';

// Events go to the global audit chain (subscribers belong to no organization) and name the subscriber's
// row id only: the address lives in the row, which can be erased, not in the append-only log.
const ANONYMOUS = { type: 'ANONYMOUS', id: null, label: null } as const;

/** Confirms with the emailed token (a POST from the confirmation page). The token works once. */
export async function confirmNoticeSubscription(ctx: Ctx, input: TConfirmSubscription): Promise<{ email: string }> {
  const invalid = new AppError('NOTICE_SUBSCRIPTION_LINK_INVALID');
  return db().$transaction(async (tx) => {
    const row = await tx.noticeSubscriber.findUnique({ where: { confirmTokenHash: sha256Hex(input.token) } });
    if (!row || row.status !== 'PENDING') throw invalid;
    if (!row.confirmExpiresAt || row.confirmExpiresAt <= new Date()) {
      throw new AppError('NOTICE_SUBSCRIPTION_LINK_EXPIRED', { hours: CONFIRMATION_HOURS });
    }
    const claimed = await tx.noticeSubscriber.updateMany({
      where: { id: row.id, status: 'PENDING', confirmTokenHash: row.confirmTokenHash },
      data: { status: 'CONFIRMED', confirmedAt: new Date(), confirmTokenHash: null, confirmExpiresAt: null },
    });
    if (claimed.count !== 1) throw invalid;
    await recordAudit(tx, {
      organizationId: null,
      action: 'subprocessor.subscription.confirmed',
      actor: ANONYMOUS,
      target: { type: 'notice_subscriber', id: row.id },
      meta: ctx.meta,
    });
    return { email: row.email };
  });
}
