import type { RequestMeta } from '@/lib/request-context';
import type { AuditAction } from './catalogue';
import { chainHash, type ChainedFields } from './hash-chain';

export type AuditActorType = 'USER' | 'API_KEY' | 'VENDOR_STAFF' | 'SYSTEM' | 'ANONYMOUS';

export interface AuditActor {
  type: AuditActorType;
  id: string | null;
  label: string | null;
}

export interface AuditInput {
  organizationId: string | null;
  action: AuditAction;
  actor: AuditActor;
  target?: { type: string; id: string | null; label?: string | null };
  outcome?: 'SUCCESS' | 'FAILURE' | 'DENIED';
  /** Before/after of changed fields, or other facts worth keeping. Secrets are redacted here. */
  changes?: Record<string, unknown>;
  meta: RequestMeta;
}

const SECRET_KEY = /pass(word)?|secret|token|code|hash|otp|key$/i;

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        SECRET_KEY.test(k) ? '[redacted]' : redactSecrets(v),
      ]),
    );
  }
  return value;
}

/**
 * What recordAudit needs of a transaction: raw SQL only. A Prisma `tx` is one; the audit export on
 * PostgreSQL passes its own pg connection (lib/db/postgres-direct.ts), so a million-row export never loads Prisma.
 */
export interface AuditSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<unknown>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/**
 * Appends one event inside the caller's transaction, so the change and its event commit or roll back
 * together. The advisory lock serialises appends per chain, so two concurrent writers cannot both link
 * to the same previous event.
 */
export async function recordAudit(tx: AuditSql, input: AuditInput): Promise<{ id: string; hash: string }> {
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
    `audit:${input.organizationId ?? 'global'}`,
  );
  // Two statements, not IS NOT DISTINCT FROM: only these forms use the (organizationId, seq) index.
  const previous = await (input.organizationId
    ? tx.$queryRawUnsafe<{ hash: string }[]>(
        'SELECT hash FROM "AuditEvent" WHERE "organizationId" = $1::uuid ORDER BY seq DESC LIMIT 1',
        input.organizationId,
      )
    : tx.$queryRawUnsafe<{ hash: string }[]>(
        'SELECT hash FROM "AuditEvent" WHERE "organizationId" IS NULL ORDER BY seq DESC LIMIT 1',
      ));
  const fields: ChainedFields = {
    id: crypto.randomUUID(),
    organizationId: input.organizationId,
    occurredAt: new Date().toISOString(),
    actorType: input.actor.type,
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    targetLabel: input.target?.label ?? null,
    outcome: input.outcome ?? 'SUCCESS',
    ip: input.meta.ip,
    userAgent: input.meta.userAgent,
    requestId: input.meta.requestId,
    changes: input.changes ? redactSecrets(input.changes) : null,
  };
  const prevHash = previous[0]?.hash ?? null;
  const hash = chainHash(prevHash, fields);
  await tx.$executeRawUnsafe(
    `INSERT INTO "AuditEvent" (id, "organizationId", "occurredAt", "actorType", "actorId", "actorLabel", action, "targetType",
       "targetId", "targetLabel", outcome, ip, "userAgent", "requestId", changes, "prevHash", hash)
     VALUES ($1::uuid, $2::uuid, $3::timestamptz, $4::"AuditActorType", $5, $6, $7, $8, $9, $10, $11::"AuditOutcome", $12, $13, $14,
       $15::jsonb, $16, $17)`,
    fields.id,
    fields.organizationId,
    fields.occurredAt,
    fields.actorType,
    fields.actorId,
    fields.actorLabel,
    fields.action,
    fields.targetType,
    fields.targetId,
    fields.targetLabel,
    fields.outcome,
    fields.ip,
    fields.userAgent,
    fields.requestId,
    fields.changes === null ? null : JSON.stringify(fields.changes),
    prevHash,
    hash,
  );
  return { id: fields.id, hash };
}
