import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TSetWebhookEnabled } from '@/lib/validation/webhooks';
import { endpointLabel, endpointOf } from './endpoint';
import { toEndpointDTO, type WebhookEndpointDTO } from './dto';

/** Pauses or resumes an endpoint. Deliveries wait while it is disabled and go out once it is enabled again. */
export async function setWebhookEnabled(ctx: Ctx, input: TSetWebhookEnabled): Promise<WebhookEndpointDTO> {
  const { organization, actor } = await authorize(ctx, 'webhooks:manage');
  return db().$transaction(async (tx) => {
    const row = await endpointOf(tx, organization.id, input.endpointId);
    if (row.enabled === input.enabled)
      throw new AppError(input.enabled ? 'WEBHOOK_ALREADY_ENABLED' : 'WEBHOOK_ALREADY_DISABLED');
    const updated = await tx.webhookEndpoint.update({ where: { id: row.id }, data: { enabled: input.enabled } });
    await recordAudit(tx, {
      organizationId: organization.id,
      action: input.enabled ? 'webhook.enabled' : 'webhook.disabled',
      actor,
      target: { type: 'webhook_endpoint', id: row.id, label: endpointLabel(row) },
      meta: ctx.meta,
    });
    return toEndpointDTO(updated);
  });
}
