import crypto from 'node:crypto';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TWebhookId } from '@/lib/validation/webhooks';
import { endpointLabel, endpointOf } from './endpoint';
import { deliverPendingWebhooks } from './deliver';
import { eventBody, TEST_EVENT } from './events';

/**
 * Queues a signed test event and makes its first attempt right away, so the page can say how the
 * endpoint answered. A failed test is retried like any delivery.
 */
export async function sendTestEvent(
  ctx: Ctx,
  input: TWebhookId,
): Promise<{ deliveryId: string; delivered: boolean; statusCode: number | null; error: string | null }> {
  const { organization, actor } = await authorize(ctx, 'webhooks:manage');
  const eventId = `test-${crypto.randomUUID()}`;
  const delivery = await db().$transaction(async (tx) => {
    const row = await endpointOf(tx, organization.id, input.endpointId);
    if (!row.enabled) throw new AppError('WEBHOOK_DISABLED');
    const created = await tx.webhookDelivery.create({
      data: {
        endpointId: row.id,
        event: TEST_EVENT,
        eventId,
        payload: eventBody({
          id: eventId,
          type: TEST_EVENT,
          createdAt: new Date().toISOString(),
          data: { message: 'A test event from the trust center. No action is needed.' },
        }),
      },
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      action: 'webhook.test_sent',
      actor,
      target: { type: 'webhook_endpoint', id: row.id, label: endpointLabel(row) },
      changes: { deliveryId: created.id },
      meta: ctx.meta,
    });
    return created;
  });
  await deliverPendingWebhooks({ deliveryId: delivery.id });
  const last = await db().webhookAttempt.findFirst({
    where: { deliveryId: delivery.id },
    orderBy: { attempt: 'desc' },
  });
  const delivered = last !== null && last.statusCode !== null && last.statusCode >= 200 && last.statusCode < 300;
  return { deliveryId: delivery.id, delivered, statusCode: last?.statusCode ?? null, error: last?.error ?? null };
}
