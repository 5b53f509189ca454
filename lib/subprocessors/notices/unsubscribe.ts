import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TUnsubscribe } from '@/lib/validation/notices';
import { isValidUnsubscribeToken } from './unsubscribe-link';

// Events go to the global audit chain (subscribers belong to no organization) and name the subscriber's
// row id only: the address lives in the row, which can be erased, not in the append-only log.
const ANONYMOUS = { type: 'ANONYMOUS', id: null, label: null } as const;

/**
 * Unsubscribes with the link of a notice email (page button or RFC 8058 one-click POST). Doing it twice
 * is fine: the second time changes nothing and records nothing.
 */
export async function unsubscribeFromNotices(ctx: Ctx, input: TUnsubscribe): Promise<{ email: string }> {
  if (!isValidUnsubscribeToken(input.subscriber, input.token)) {
    throw new AppError('NOTICE_UNSUBSCRIBE_LINK_INVALID');
  }
  return db().$transaction(async (tx) => {
    const row = await tx.noticeSubscriber.findUnique({ where: { id: input.subscriber } });
    // Erased since the email was sent: nothing left to stop.
    if (!row) return { email: '' };
    const claimed = await tx.noticeSubscriber.updateMany({
      where: { id: row.id, status: { not: 'UNSUBSCRIBED' } },
      data: { status: 'UNSUBSCRIBED', unsubscribedAt: new Date(), confirmTokenHash: null, confirmExpiresAt: null },
    });
    if (claimed.count === 1) {
      // Notices already queued but not yet sent to this address are dropped too.
      await tx.mailOutbox.updateMany({
        where: { to: row.email, template: 'subprocessor-notice', status: 'PENDING' },
        data: { status: 'FAILED', lastError: 'unsubscribed before sending' },
      });
      await recordAudit(tx, {
        organizationId: null,
        action: 'subprocessor.subscription.cancelled',
        actor: ANONYMOUS,
        target: { type: 'notice_subscriber', id: row.id },
        meta: ctx.meta,
      });
    }
    return { email: row.email };
  });
}
