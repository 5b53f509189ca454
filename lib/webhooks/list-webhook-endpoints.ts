import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { toEndpointDTO, type WebhookEndpointDTO } from './dto';

const LOG_SIZE = 20;

/** The organization's endpoints, newest first, each with its last attempts (never the secret). */
export async function listWebhookEndpoints(ctx: Ctx): Promise<WebhookEndpointDTO[]> {
  const { organization } = await authorize(ctx, 'webhooks:manage');
  const rows = await db().webhookEndpoint.findMany({
    where: { organizationId: organization.id },
    orderBy: { createdAt: 'desc' },
  });
  const out: WebhookEndpointDTO[] = [];
  for (const row of rows) {
    const attempts = await db().webhookAttempt.findMany({
      where: { delivery: { endpointId: row.id } },
      include: { delivery: { select: { event: true } } },
      orderBy: { createdAt: 'desc' },
      take: LOG_SIZE,
    });
    const pending = await db().webhookDelivery.count({ where: { endpointId: row.id, status: 'PENDING' } });
    out.push(
      toEndpointDTO(
        row,
        attempts.map((a) => ({
          id: a.id,
          at: a.createdAt.toISOString(),
          event: a.delivery.event,
          deliveryId: a.deliveryId,
          attempt: a.attempt,
          statusCode: a.statusCode,
          durationMs: a.durationMs,
          error: a.error,
        })),
        pending,
      ),
    );
  }
  return out;
}
