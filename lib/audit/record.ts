import type { Prisma } from '@/lib/generated/prisma/client';
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
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redactSecrets(v)]),
    );
  }
  return value;
}

/**
 * Appends one event inside the caller's transaction, so the change and its event commit or roll back
 * together. The advisory lock serialises appends per chain, so two concurrent writers cannot both link
 * to the same previous event.
 */
export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<{ id: string; hash: string }> {
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", `audit:${input.organizationId ?? 'global'}`);
  const previous = await tx.auditEvent.findFirst({
    where: { organizationId: input.organizationId },
    orderBy: { seq: 'desc' },
    select: { hash: true },
  });
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
  const prevHash = previous?.hash ?? null;
  const hash = chainHash(prevHash, fields);
  await tx.auditEvent.create({
    data: {
      ...fields,
      actorType: input.actor.type,
      outcome: input.outcome ?? 'SUCCESS',
      occurredAt: new Date(fields.occurredAt),
      changes: (fields.changes ?? undefined) as Prisma.InputJsonValue | undefined,
      prevHash,
      hash,
    },
  });
  return { id: fields.id, hash };
}
