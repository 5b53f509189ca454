import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TRevokeApiKey } from '@/lib/validation/api-keys';
import { toApiKeyDTO, type ApiKeyDTO } from './dto';

/** Revokes a key at once (the next API request with it answers 401). Another organization's key is NOT_FOUND. */
export async function revokeApiKey(ctx: Ctx, input: TRevokeApiKey): Promise<ApiKeyDTO> {
  const { session, organization, actor } = await authorize(ctx, 'api-keys:manage');
  return db().$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.apiKey.updateMany({
      where: { id: input.keyId, organizationId: organization.id, revokedAt: null },
      data: { revokedAt: now, revokedByLabel: session.user.email },
    });
    const row = await tx.apiKey.findFirst({ where: { id: input.keyId, organizationId: organization.id } });
    if (!row) throw new AppError('API_KEY_NOT_FOUND');
    if (claimed.count === 0) throw new AppError('API_KEY_ALREADY_REVOKED');
    await recordAudit(tx, {
      organizationId: organization.id,
      action: 'api_key.revoked',
      actor,
      target: { type: 'api_key', id: row.id, label: `${row.name} (${row.prefix})` },
      changes: { name: row.name, prefix: row.prefix },
      meta: ctx.meta,
    });
    return toApiKeyDTO(row);
  });
}
