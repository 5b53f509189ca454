import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { TWebhookId } from '@/lib/validation/webhooks';
import { endpointLabel, endpointOf } from './endpoint';

/** Deletes an endpoint with its pending deliveries and log. Another organization's endpoint is NOT_FOUND. */
export async function deleteWebhookEndpoint(ctx: Ctx, input: TWebhookId): Promise<{ id: string }> {
  const { organization, actor } = await authorize(ctx, 'webhooks:manage');
  return db().$transaction(async (tx) => {
    const row = await endpointOf(tx, organization.id, input.endpointId);
    await tx.webhookEndpoint.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      organizationId: organization.id,
      action: 'webhook.deleted',
      actor,
      target: { type: 'webhook_endpoint', id: row.id, label: endpointLabel(row) },
      changes: { url: row.url },
      meta: ctx.meta,
    });
    return { id: row.id };
  });
}
