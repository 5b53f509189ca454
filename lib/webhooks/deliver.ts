import { db } from '@/lib/db';
import { logger } from '@/lib/log';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature';
import { openWebhookSecret } from './secret';
import { postJson } from './target';

// Sends due webhook deliveries: one POST per attempt, 10 s to answer, success = any 2xx. Failures are
// retried after 1 min, 5 min, 30 min, 2 h and 6 h; the sixth failure marks the delivery FAILED. Every
// attempt is logged (WebhookAttempt) for the endpoint's delivery log.

export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const TIMEOUT_MS = 10_000;
/** A claimed delivery is left alone by other workers this long (more than the timeout). */
const LEASE_MS = 60_000;

/** `deliveryId`: only that delivery (a test event sent from the page, answered right away). */
export async function deliverPendingWebhooks(
  opts: { limit?: number; now?: () => Date; deliveryId?: string } = {},
): Promise<{ succeeded: number; failed: number }> {
  const now = opts.now ?? (() => new Date());
  const prisma = db();
  const due = await prisma.webhookDelivery.findMany({
    where: {
      status: 'PENDING',
      nextAttemptAt: { lte: now() },
      endpoint: { enabled: true },
      ...(opts.deliveryId ? { id: opts.deliveryId } : {}),
    },
    include: { endpoint: true },
    orderBy: { nextAttemptAt: 'asc' },
    take: opts.limit ?? 20,
  });
  let succeeded = 0;
  let failed = 0;
  for (const delivery of due) {
    // Claim with a lease: a second worker skips it, and a worker that dies mid-send frees it after the lease.
    const claimed = await prisma.webhookDelivery.updateMany({
      where: { id: delivery.id, status: 'PENDING', nextAttemptAt: delivery.nextAttemptAt },
      data: { nextAttemptAt: new Date(now().getTime() + LEASE_MS), attempts: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    const attempt = delivery.attempts + 1;
    let result: { statusCode: number | null; error: string | null; durationMs: number };
    try {
      const secret = openWebhookSecret(delivery.endpoint);
      result = await postJson(
        delivery.endpoint.url,
        delivery.payload,
        {
          [SIGNATURE_HEADER]: signatureHeader(secret, delivery.payload, now()),
          [EVENT_HEADER]: delivery.event,
          [DELIVERY_HEADER]: delivery.id,
        },
        { timeoutMs: TIMEOUT_MS },
      );
    } catch (err) {
      result = { statusCode: null, error: (err as Error).message, durationMs: 0 };
    }
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const error = ok ? null : (result.error ?? `HTTP ${result.statusCode}`).slice(0, 500);
    const giveUp = !ok && attempt >= MAX_ATTEMPTS;
    await prisma.$transaction([
      prisma.webhookAttempt.create({
        data: { deliveryId: delivery.id, attempt, statusCode: result.statusCode, error, durationMs: result.durationMs },
      }),
      prisma.webhookDelivery.update({
        where: { id: delivery.id },
        data: ok
          ? { status: 'SUCCEEDED', deliveredAt: now() }
          : {
              status: giveUp ? 'FAILED' : 'PENDING',
              nextAttemptAt: new Date(now().getTime() + (RETRY_DELAYS_MS[attempt - 1] ?? 0)),
            },
      }),
    ]);
    if (ok) succeeded++;
    else {
      failed++;
      logger.warn(
        { deliveryId: delivery.id, endpointId: delivery.endpointId, attempt, giveUp, error },
        'webhook delivery failed',
      );
    }
  }
  return { succeeded, failed };
}
