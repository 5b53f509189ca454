import type { PublishedChange } from './register';
import type { ChangeNotice } from './types';

/** A published change as notices present it (email, feeds, webhooks): the public URL is absolute. */
export function toChangeNotice(change: PublishedChange, appUrl: URL): ChangeNotice {
  return {
    id: change.id,
    number: change.number,
    summary: change.summary,
    effectiveDate: change.effectiveDate,
    objectionDeadline: change.objectionDeadline,
    publishedAt: change.publishedAt,
    diff: change.diff,
    url: new URL(`/subprocessors/notices/${change.number}`, appUrl).toString(),
  };
}
