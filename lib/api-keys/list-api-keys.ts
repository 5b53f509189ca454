import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { toApiKeyDTO, type ApiKeyDTO } from './dto';

/** The organization's keys, active first then revoked, newest first. Never the secret (it is not stored). */
export async function listApiKeys(ctx: Ctx): Promise<ApiKeyDTO[]> {
  const { organization } = await authorize(ctx, 'api-keys:manage');
  const rows = await db().apiKey.findMany({
    where: { organizationId: organization.id },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map(toApiKeyDTO).sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}
