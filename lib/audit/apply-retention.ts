import type { PrismaClient } from '@/lib/generated/prisma/client';
import { recordAnchorCheckpoint } from './checkpoints';
import { recordAudit } from './record';

export interface RetentionResult {
  organizationId: string | null;
  pruned: number;
  anchorSeq: string | null;
}

/**
 * Removes an organization's events older than the cutoff as one contiguous segment from the start of its
 * chain, and records an anchor (the hash of the last removed event, signed as a checkpoint) in the same transaction, so the rest
 * of the chain still verifies. The database refuses the delete unless this transaction opted in and the
 * events are more than a day old (see the audit_retention migration).
 */
export async function applyRetention(
  prisma: PrismaClient,
  organizationId: string | null,
  cutoff: Date,
): Promise<RetentionResult> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      `audit:${organizationId ?? 'global'}`,
    );
    const last = await tx.auditEvent.findFirst({
      where: { organizationId, occurredAt: { lt: cutoff } },
      orderBy: { seq: 'desc' },
      select: { seq: true, hash: true },
    });
    if (!last) return { organizationId, pruned: 0, anchorSeq: null };
    await tx.$executeRawUnsafe("SELECT set_config('trust_center.audit_retention', 'on', true)");
    const { count } = await tx.auditEvent.deleteMany({ where: { organizationId, seq: { lte: last.seq } } });
    await tx.auditAnchor.create({
      data: {
        organizationId,
        prunedThroughSeq: last.seq,
        anchorHash: last.hash,
        prunedCount: count,
        prunedBefore: cutoff,
      },
    });
    await tx.$executeRawUnsafe("SELECT set_config('trust_center.audit_retention', 'off', true)");
    // The anchor, signed now: an export starting at it proves its start with this signature.
    await recordAnchorCheckpoint(tx, organizationId, {
      throughSeq: last.seq.toString(),
      anchorHash: last.hash,
      prunedCount: count,
      prunedBefore: cutoff.toISOString(),
    });
    await recordAudit(tx, {
      organizationId,
      action: 'audit.retention.applied',
      actor: { type: 'SYSTEM', id: null, label: 'retention' },
      target: { type: 'audit_log', id: organizationId },
      changes: { pruned: count, throughSeq: last.seq.toString(), before: cutoff.toISOString() },
      meta: { ip: null, userAgent: null, requestId: null },
    });
    return { organizationId, pruned: count, anchorSeq: last.seq.toString() };
  });
}

/** Every chain (each organization and the global one), with the configured retention. */
export async function applyRetentionEverywhere(
  prisma: PrismaClient,
  retentionDays: number,
  now = new Date(),
): Promise<RetentionResult[]> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const orgs = await prisma.organization.findMany({ select: { id: true } });
  const results: RetentionResult[] = [];
  for (const id of [...orgs.map((o) => o.id), null]) results.push(await applyRetention(prisma, id, cutoff));
  return results;
}
