import { deliverPendingWebhooks } from '@/lib/webhooks/deliver';
import { dispatchPendingNotices } from './dispatch-notices';
import { every } from '@/lib/jobs/every';

const INTERVAL_MS = 5000;

/** Fans out published notices and sends due webhooks, in the server process. */
export function startNoticesWorker(): void {
  every('notices worker', INTERVAL_MS, async () => {
    await dispatchPendingNotices();
    await deliverPendingWebhooks();
  });
}
