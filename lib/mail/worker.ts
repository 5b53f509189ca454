import { deliverPendingMail } from './deliver';
import { every } from '@/lib/jobs/every';

const INTERVAL_MS = 2000;

/** Polls the outbox in the server process. */
export function startMailWorker(): void {
  every('mail worker', INTERVAL_MS, deliverPendingMail);
}
