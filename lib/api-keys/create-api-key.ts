import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { notify } from '@/lib/notifications/notify';
import { formatDateTime } from '@/lib/ui/format';
import type { TCreateApiKey } from '@/lib/validation/api-keys';
import { toApiKeyDTO, type ApiKeyDTO } from './dto';
import { apiKeyEmails } from './emails';
import { generateApiKey } from './key-format';

/**
 * Creates an organization API key (sudo mode). The full key is returned this once and never stored:
 * only its hash and its public prefix are kept.
 */
export async function createApiKey(ctx: Ctx, input: TCreateApiKey): Promise<{ secret: string; key: ApiKeyDTO }> {
  const { session, organization, actor } = await authorize(ctx, 'api-keys:manage', { sudo: true });
  const { key, prefix, secretHash } = generateApiKey();
  const user = session.user;
  return db().$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        organizationId: organization.id,
        name: input.name,
        prefix,
        secretHash,
        createdById: user.id,
        createdByLabel: user.email,
      },
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      action: 'api_key.created',
      actor,
      target: { type: 'api_key', id: row.id, label: `${row.name} (${row.prefix})` },
      changes: { name: row.name, prefix: row.prefix },
      meta: ctx.meta,
    });
    const { brand, appUrl } = getConfig();
    const who = `${user.name} (${user.email})`;
    await notify(tx, {
      event: 'api_key.created',
      organizationId: organization.id,
      title: `API key created: ${row.name}`,
      body: `${who} created the API key “${row.name}” (${row.prefix}…).`,
      link: '/account/api-keys',
      email: (r) =>
        apiKeyEmails.created({
          brand: brand.name,
          name: r.name,
          organizationName: organization.name,
          who,
          keyName: row.name,
          prefix: row.prefix,
          when: formatDateTime(row.createdAt),
          ip: ctx.meta.ip,
          url: new URL('/account/api-keys', appUrl).toString(),
        }),
    });
    return { secret: key, key: toApiKeyDTO(row) };
  });
}
