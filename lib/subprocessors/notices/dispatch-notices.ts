import crypto from 'node:crypto';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { logger } from '@/lib/log';
import { outboxRow } from '@/lib/mail/outbox';
import type { ChangeNotice } from '@/lib/subprocessors/types';
import { NOTICE_PUBLISHED, noticeEventId, noticePublishedBody } from '@/lib/webhooks/events';
import { noticeEmails } from './emails';
import { localizedUrl } from '@/lib/i18n/urls';
import { toChangeNotice } from './notice';
import { listUnsubscribeHeaders, unsubscribePageUrl } from './unsubscribe-link';

// The fan-out of published notices: one email per confirmed subscriber and one delivery per webhook
// endpoint, exactly once. Each batch commits its delivery rows and outbox rows together, and every row
// has a unique key (change+subscriber, the mail's dedupeKey, endpoint+event), inserted with
// ON CONFLICT DO NOTHING: a run that crashed after some batches, or two runs at once, add nothing twice.
// noticesDispatchedAt is set only when every batch is in.

export interface DispatchOptions {
  batchSize?: number;
  now?: Date;
  /** Test hook, called after each committed batch (throwing here simulates a crash mid-send). */
  afterBatch?: (info: { changeId: string; channel: 'email' | 'webhook'; size: number }) => void | Promise<void>;
}

export const mailDedupeKey = (changeId: string, subscriberId: string) => `notice:${changeId}:${subscriberId}`;

async function emailSubscribers(
  notice: ChangeNotice,
  opts: Required<Pick<DispatchOptions, 'batchSize'>> & DispatchOptions,
): Promise<number> {
  const brand = getConfig().brand.name;
  let cursor: string | undefined;
  let created = 0;
  for (;;) {
    const batch = await db().noticeSubscriber.findMany({
      where: { status: 'CONFIRMED', ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: opts.batchSize,
      select: { id: true, email: true, locale: true },
    });
    if (!batch.length) return created;
    cursor = batch.at(-1)!.id;
    created += await db().$transaction(async (tx) => {
      const done = await tx.noticeDelivery.findMany({
        where: { changeId: notice.id, subscriberId: { in: batch.map((s) => s.id) } },
        select: { subscriberId: true },
      });
      const skip = new Set(done.map((d) => d.subscriberId));
      const todo = batch.filter((s) => !skip.has(s.id)).map((s) => ({ ...s, mailId: crypto.randomUUID() }));
      if (!todo.length) return 0;
      await tx.mailOutbox.createMany({
        skipDuplicates: true,
        data: todo.map((s) => ({
          id: s.mailId,
          ...outboxRow({
            to: s.email,
            template: 'subprocessor-notice',
            dedupeKey: mailDedupeKey(notice.id, s.id),
            headers: listUnsubscribeHeaders(s.id),
            rendered: noticeEmails.notice({
              brand,
              notice: { ...notice, url: localizedUrl(notice.url, s.locale) },
              unsubscribeUrl: localizedUrl(unsubscribePageUrl(s.id), s.locale),
              locale: s.locale,
            }),
          }),
        })),
      });
      const rows = await tx.noticeDelivery.createMany({
        skipDuplicates: true,
        data: todo.map((s) => ({ changeId: notice.id, subscriberId: s.id, mailId: s.mailId })),
      });
      return rows.count;
    });
    await opts.afterBatch?.({ changeId: notice.id, channel: 'email', size: batch.length });
  }
}

async function notifyEndpoints(
  notice: ChangeNotice,
  opts: Required<Pick<DispatchOptions, 'batchSize'>> & DispatchOptions,
  now: Date,
): Promise<number> {
  const payload = noticePublishedBody(notice, now);
  let cursor: string | undefined;
  let created = 0;
  for (;;) {
    // Disabled endpoints get the delivery too: it waits and goes out once they are enabled again.
    const batch = await db().webhookEndpoint.findMany({
      where: { events: { has: NOTICE_PUBLISHED }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: opts.batchSize,
      select: { id: true },
    });
    if (!batch.length) return created;
    cursor = batch.at(-1)!.id;
    const rows = await db().webhookDelivery.createMany({
      skipDuplicates: true,
      data: batch.map((e) => ({
        endpointId: e.id,
        event: NOTICE_PUBLISHED,
        eventId: noticeEventId(notice),
        payload,
        nextAttemptAt: now,
      })),
    });
    created += rows.count;
    await opts.afterBatch?.({ changeId: notice.id, channel: 'webhook', size: batch.length });
  }
}

/** Fans out every published change not yet dispatched. Safe to run again after a crash, and concurrently. */
export async function dispatchPendingNotices(
  opts: DispatchOptions = {},
): Promise<{ notices: number; emails: number; webhooks: number }> {
  const batchSize = opts.batchSize ?? 200;
  const now = opts.now ?? new Date();
  const changes = await db().subprocessorChange.findMany({
    where: { status: 'PUBLISHED', number: { not: null }, publishedAt: { not: null }, noticesDispatchedAt: null },
    orderBy: { number: 'asc' },
  });
  let emails = 0;
  let webhooks = 0;
  for (const change of changes) {
    const notice = toChangeNotice(change);
    emails += await emailSubscribers(notice, { ...opts, batchSize });
    webhooks += await notifyEndpoints(notice, { ...opts, batchSize }, now);
    const marked = await db().subprocessorChange.updateMany({
      where: { id: change.id, noticesDispatchedAt: null },
      data: { noticesDispatchedAt: now },
    });
    if (marked.count) logger.info({ changeId: change.id, number: change.number }, 'sub-processor notice dispatched');
  }
  return { notices: changes.length, emails, webhooks };
}
