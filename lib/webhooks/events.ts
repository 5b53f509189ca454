import type { ChangeNotice } from '@/lib/subprocessors/types';

// The events an endpoint receives. The body is built once, stored on the delivery and signed exactly as
// stored, so every retry sends the same bytes.

export const NOTICE_PUBLISHED = 'subprocessor.notice.published';
export const TEST_EVENT = 'webhook.test';
export const WEBHOOK_EVENTS = [NOTICE_PUBLISHED] as const;

export interface WebhookEnvelope<T> {
  /** Stable per event: the same event retried (or re-sent after a crash) keeps its id. */
  id: string;
  type: string;
  createdAt: string;
  data: T;
}

export function eventBody<T>(envelope: WebhookEnvelope<T>): string {
  return JSON.stringify(envelope);
}

export const noticeEventId = (notice: Pick<ChangeNotice, 'id'>) => `notice-${notice.id}`;

export function noticePublishedBody(notice: ChangeNotice, now: Date): string {
  return eventBody({ id: noticeEventId(notice), type: NOTICE_PUBLISHED, createdAt: now.toISOString(), data: notice });
}
