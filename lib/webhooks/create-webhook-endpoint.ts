import crypto from 'node:crypto';
import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TCreateWebhook } from '@/lib/validation/webhooks';
import { endpointLabel } from './endpoint';
import { toEndpointDTO, type WebhookEndpointDTO } from './dto';
import { WEBHOOK_EVENTS } from './events';
import { newWebhookSecret, sealWebhookSecret } from './secret';
import { resolvedTargetProblem, targetProblem } from './target';

export const MAX_ENDPOINTS = 10;

/** Registers an endpoint (sudo mode). The signing secret is returned this once; it is stored encrypted. */
export async function createWebhookEndpoint(
  ctx: Ctx,
  input: TCreateWebhook,
): Promise<{ secret: string; endpoint: WebhookEndpointDTO }> {
  const authorized = await authorize(ctx, 'webhooks:manage');
  const { session, organization, actor } = authorized;
  // A bad address is reported before the password is asked for.
  const problem = targetProblem(input.url) ?? (await resolvedTargetProblem(input.url));
  if (problem) throw new AppError('VALIDATION', undefined, { url: [problem] });
  assertRecentlyReauthenticated(authorized);
  const id = crypto.randomUUID();
  const secret = newWebhookSecret();
  return db().$transaction(async (tx) => {
    if ((await tx.webhookEndpoint.count({ where: { organizationId: organization.id } })) >= MAX_ENDPOINTS) {
      throw new AppError('WEBHOOK_LIMIT_REACHED', { max: MAX_ENDPOINTS });
    }
    const row = await tx.webhookEndpoint.create({
      data: {
        id,
        organizationId: organization.id,
        url: input.url,
        description: input.description,
        events: [...WEBHOOK_EVENTS],
        ...sealWebhookSecret(id, secret),
        createdById: session.user.id,
        createdByLabel: session.user.email,
      },
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      action: 'webhook.created',
      actor,
      target: { type: 'webhook_endpoint', id: row.id, label: endpointLabel(row) },
      changes: { url: row.url, description: row.description, events: row.events },
      meta: ctx.meta,
    });
    return { secret, endpoint: toEndpointDTO(row) };
  });
}
