import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';

/** The organization's endpoint, or NOT_FOUND (also for another organization's id: R25). */
export async function endpointOf(tx: Prisma.TransactionClient, organizationId: string, endpointId: string) {
  const row = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } });
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
  return row;
}

export const endpointLabel = (row: { url: string; description: string }) =>
  row.description ? `${row.description} (${row.url})` : row.url;
