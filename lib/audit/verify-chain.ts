import type { PrismaClient } from '@/lib/generated/prisma/client';
import { chainHash, type ChainedFields } from './hash-chain';

export type ChainBreak = {
  seq: string;
  id: string;
  occurredAt: string;
  reason: 'hash does not match the event (edited)' | 'previous-hash link broken (event deleted, inserted or reordered)';
};

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** Where verification started: the genesis, or the anchor left by retention. */
  startedFrom: 'genesis' | { anchorSeq: string; anchorHash: string };
  firstBreak: ChainBreak | null;
  lastHash: string | null;
}

type Row = {
  seq: bigint;
  id: string;
  organizationId: string | null;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  changes: unknown;
  prevHash: string | null;
  hash: string;
};

export function fieldsOf(row: Omit<Row, 'seq' | 'prevHash' | 'hash'>): ChainedFields {
  return {
    id: row.id,
    organizationId: row.organizationId,
    occurredAt: row.occurredAt.toISOString(),
    actorType: row.actorType,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetLabel: row.targetLabel,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    changes: row.changes ?? null,
  };
}

const BATCH = 2000;

/**
 * Walks an organization's chain in insertion order (keyset batches, constant memory) and reports the
 * first event whose hash or link does not hold: an edited event breaks its own hash, a deleted, inserted
 * or reordered one breaks the link of the next.
 */
export async function verifyChain(prisma: PrismaClient, organizationId: string | null): Promise<ChainReport> {
  const anchor = await prisma.auditAnchor.findFirst({
    where: { organizationId },
    orderBy: { prunedThroughSeq: 'desc' },
  });
  let expectedPrev: string | null = anchor?.anchorHash ?? null;
  let afterSeq = anchor?.prunedThroughSeq ?? -1n;
  let checked = 0;
  for (;;) {
    const rows = (await prisma.auditEvent.findMany({
      where: { organizationId, seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: BATCH,
    })) as Row[];
    for (const row of rows) {
      const brk = (reason: ChainBreak['reason']): ChainReport => ({
        ok: false,
        checked,
        startedFrom: anchor
          ? { anchorSeq: anchor.prunedThroughSeq.toString(), anchorHash: anchor.anchorHash }
          : 'genesis',
        firstBreak: { seq: row.seq.toString(), id: row.id, occurredAt: row.occurredAt.toISOString(), reason },
        lastHash: expectedPrev,
      });
      if ((row.prevHash ?? null) !== expectedPrev)
        return brk('previous-hash link broken (event deleted, inserted or reordered)');
      if (chainHash(row.prevHash, fieldsOf(row)) !== row.hash) return brk('hash does not match the event (edited)');
      expectedPrev = row.hash;
      checked++;
    }
    if (rows.length < BATCH) break;
    afterSeq = rows[rows.length - 1]!.seq;
  }
  return {
    ok: true,
    checked,
    startedFrom: anchor ? { anchorSeq: anchor.prunedThroughSeq.toString(), anchorHash: anchor.anchorHash } : 'genesis',
    firstBreak: null,
    lastHash: expectedPrev,
  };
}
