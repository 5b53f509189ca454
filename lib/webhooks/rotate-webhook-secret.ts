import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { TWebhookId } from '@/lib/validation/webhooks';
import { endpointLabel, endpointOf } from './endpoint';
import { newWebhookSecret, sealWebhookSecret } from './secret';

/**
 * Replaces the signing secret (sudo mode) and returns the new one this once. Deliveries from now on —
 * retries included — are signed with the new secret only.
 */
export async function rotateWebhookSecret(ctx: Ctx, input: TWebhookId): Promise<{ secret: string }> {
  const { organization, actor } = await authorize(ctx, 'webhooks:manage', { sudo: true });
  const secret = newWebhookSecret();
  return db().$transaction(async (tx) => {
    const row = await endpointOf(tx, organization.id, input.endpointId);
    await tx.webhookEndpoint.update({ where: { id: row.id }, data: sealWebhookSecret(row.id, secret) });
    await recordAudit(tx, {
      organizationId: organization.id,
      action: 'webhook.secret_rotated',
      actor,
      target: { type: 'webhook_endpoint', id: row.id, label: endpointLabel(row) },
      meta: ctx.meta,
    });
    return { secret };
  });
}
