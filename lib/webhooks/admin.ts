import { assertCan, assertRecentlyReauthenticated } from '@/lib/access/can';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';

/** Shared opening of the webhook use-cases: permission (refusal audited), sudo when a secret is shown, the organization. */
export async function webhooksAdmin(ctx: Ctx, opts: { sudo: boolean }) {
  await assertCan(ctx, 'webhooks:manage');
  const signedIn = ctx as SignedInCtx;
  if (opts.sudo) assertRecentlyReauthenticated(signedIn);
  const organization = signedIn.session.organization;
  if (!organization) throw new AppError('WEBHOOKS_NEED_ORGANIZATION');
  return { ctx: signedIn, organization, actor: actorOf(ctx) };
}

/** The organization's endpoint, or NOT_FOUND (also for another organization's id: R25). */
export async function endpointOf(tx: Prisma.TransactionClient, organizationId: string, endpointId: string) {
  const row = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } });
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
  return row;
}

export const endpointLabel = (row: { url: string; description: string }) => (row.description ? `${row.description} (${row.url})` : row.url);
