import { recordAudit } from '@/lib/audit/record';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TNoticeSubscribe } from '@/lib/validation/notices';
import { noticeEmails } from './emails';
import { resolveLocale } from '@/lib/i18n/translator';
import { localizedUrl } from '@/lib/i18n/urls';
import { CONFIRMATION_HOURS } from './subscription-policy';

// Email subscriptions to change notices: no account, double opt-in (nothing is sent before confirming).
// Events go to the global audit chain (subscribers belong to no organization) and name the subscriber's
// row id only: the address lives in the row, which can be erased, not in the append-only log.
const ANONYMOUS = { type: 'ANONYMOUS', id: null, label: null } as const;

/**
 * Asks for a confirmation email. The answer is the same whether the address is new, pending, confirmed
 * or unsubscribed, so the form tells nobody who subscribes; an already confirmed address gets no email.
 */
export async function requestNoticeSubscription(ctx: Ctx, input: TNoticeSubscribe): Promise<{ email: string }> {
  const limit = await consume('noticeSubscribePerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) {
    throw new AppError('NOTICE_SUBSCRIPTION_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) }, undefined, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  const email = input.email.toLowerCase();
  const existing = await db().noticeSubscriber.findUnique({ where: { email } });
  if (existing?.status === 'CONFIRMED') return { email };
  // Beyond a few confirmation emails an hour the answer stays the same, but nothing more is sent.
  if ((await consume('noticeConfirmationPerEmail', email)).limited) return { email };

  const token = randomToken();
  const { brand, appUrl } = getConfig();
  // The language of the page the visitor subscribed on: their confirmation and every notice use it.
  const locale = resolveLocale(input.locale);
  await db().$transaction(async (tx) => {
    const data = {
      status: 'PENDING' as const,
      confirmTokenHash: sha256Hex(token),
      confirmExpiresAt: new Date(Date.now() + CONFIRMATION_HOURS * 3_600_000),
      requestIp: ctx.meta.ip,
      unsubscribedAt: null,
      locale,
    };
    const row = await tx.noticeSubscriber.upsert({ where: { email }, create: { email, ...data }, update: data });
    await enqueueMail(tx, {
      to: email,
      template: 'subprocessor-notice-confirm',
      rendered: noticeEmails.confirmSubscription({
        brand: brand.name,
        url: localizedUrl(new URL(`/subprocessors/subscribe/confirm?token=${token}`, appUrl), locale),
        expiresHours: CONFIRMATION_HOURS,
        locale,
      }),
    });
    await recordAudit(tx, {
      organizationId: null,
      action: 'subprocessor.subscription.requested',
      actor: ANONYMOUS,
      target: { type: 'notice_subscriber', id: row.id },
      meta: ctx.meta,
    });
  });
  return { email };
}
