// `Authorization: Bearer <key>` → the calling organization, or a coded error. Failures are counted per
// address (a guessing client is slowed to 429) and audited while under that limit (R27).
import { apiKeyMatches, apiKeyPrefix } from '@/lib/api-keys/key-format';
import { recordAudit } from '@/lib/audit/record';
import { suspendedError } from '@/lib/customers/status';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RequestMeta } from '@/lib/request-context';
import { consume, minutesText, peek } from '@/lib/security/rate-limit';
import type { ApiCtx } from './api-context';

const TOUCH_INTERVAL_MS = 60_000;

function rateLimited(seconds: number): AppError {
  return new AppError('API_AUTH_RATE_LIMITED', { wait: minutesText(seconds) }, undefined, {
    retryAfterSeconds: seconds,
  });
}

async function refuse(
  meta: RequestMeta,
  reason: string,
  key?: { id: string; name: string; prefix: string; organizationId: string },
): Promise<never> {
  const limit = await consume('apiAuthFailuresPerIp', meta.ip ?? 'unknown');
  if (!limit.limited) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: key?.organizationId ?? null,
        action: 'api_key.auth_failed',
        actor: key
          ? { type: 'API_KEY', id: key.id, label: `${key.name} (${key.prefix})` }
          : { type: 'ANONYMOUS', id: null, label: null },
        target: key ? { type: 'api_key', id: key.id, label: key.prefix } : undefined,
        outcome: 'FAILURE',
        changes: { reason },
        meta,
      }),
    );
  }
  if (limit.limited) throw rateLimited(limit.retryAfterSeconds);
  throw new AppError(reason === 'missing' ? 'API_KEY_MISSING' : 'API_KEY_INVALID');
}

export async function authenticateApiKey(authorization: string | null, meta: RequestMeta): Promise<ApiCtx> {
  const blocked = await peek('apiAuthFailuresPerIp', meta.ip ?? 'unknown');
  if (blocked.limited) throw rateLimited(blocked.retryAfterSeconds);

  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return refuse(meta, 'missing');
  const presented = match[1]!;
  const prefix = apiKeyPrefix(presented);
  if (!prefix) return refuse(meta, 'malformed key');
  const row = await db().apiKey.findUnique({
    where: { prefix },
    include: { organization: { select: { id: true, slug: true, name: true, ipAccessVersion: true, status: true } } },
  });
  if (!row) return refuse(meta, 'unknown key');
  const key = { id: row.id, name: row.name, prefix: row.prefix, organizationId: row.organizationId };
  if (!apiKeyMatches(presented, row.secretHash)) return refuse(meta, 'wrong secret', key);
  if (row.revokedAt) return refuse(meta, 'revoked key', key);
  if (row.organization.status !== 'ACTIVE') {
    // A valid key of a suspended or pending-deletion organization: refused with whom to contact.
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: row.organizationId,
        action: 'customer.access_refused',
        actor: { type: 'API_KEY', id: key.id, label: `${key.name} (${key.prefix})` },
        target: { type: 'api_key', id: key.id, label: key.prefix },
        outcome: 'DENIED',
        changes: {
          reason: `API key of a ${row.organization.status === 'SUSPENDED' ? 'suspended' : 'pending-deletion'} organization`,
        },
        meta,
      }),
    );
    throw suspendedError(row.organization);
  }

  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS || row.lastUsedIp !== meta.ip) {
    // Throttled, so a busy integration does not write on every request.
    await db().apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now), lastUsedIp: meta.ip } });
  }
  const { status: _status, ...organization } = row.organization;
  return { meta, organization, apiKey: { id: row.id, name: row.name, prefix: row.prefix } };
}
