import type { PrismaClient } from '@/lib/generated/prisma/client';
import { auditSigner, verifyStatement } from './checkpoint-signing';
import { chainHead, HEAD_KINDS, latestCheckpoints, type AnchorStatement, type HeadStatement } from './checkpoints';

// Rollback detection (`npm run audit -- verify --against-checkpoint`). The hash chain alone cannot tell a
// chain whose newest events were removed (or that was restored from an old backup) from a shorter one:
// every remaining link still holds. A signed checkpoint can: the event it names must still be there with
// the same hash, unless retention pruned it (then a signed anchor covers it).

export interface CheckpointComparison {
  ok: boolean;
  /** Checkpoints compared with the live chain. */
  checked: number;
  problems: string[];
  /** Not failures: checkpoints signed with another (older) key, which this server cannot check. */
  notes: string[];
  liveHead: { seq: string; hash: string } | null;
}

/**
 * Compares an organization's live chain with its newest stored head checkpoints (up to `take`) and with
 * `extra` ones kept elsewhere (a saved GET /api/v1/audit-events/head answer, an export's checkpoint line).
 */
export async function compareWithCheckpoints(
  prisma: PrismaClient,
  organizationId: string | null,
  extra: HeadStatement[] = [],
  take = 50,
): Promise<CheckpointComparison> {
  const problems: string[] = [];
  const notes: string[] = [];
  const { keyId } = auditSigner();
  const liveHead = await chainHead(prisma, organizationId);

  // Where the live chain starts: its newest anchor, which must be one the server signed when pruning.
  const anchorRow = await prisma.auditAnchor.findFirst({
    where: { organizationId },
    orderBy: { prunedThroughSeq: 'desc' },
  });
  const signedAnchors = await latestCheckpoints<AnchorStatement>(prisma, organizationId, ['RETENTION_ANCHOR'], 20);
  for (const a of signedAnchors) {
    if (a.keyId === keyId && !verifyStatement(a))
      problems.push(`the signed retention anchor at #${a.throughSeq} does not verify: it was altered in the database.`);
  }
  if (
    anchorRow &&
    !signedAnchors.some(
      (a) => a.throughSeq === anchorRow.prunedThroughSeq.toString() && a.hash === anchorRow.anchorHash,
    )
  ) {
    problems.push(
      `the chain starts after a retention anchor at #${anchorRow.prunedThroughSeq} that was never signed: it was inserted behind the ` +
        "application's back, or recorded before signed checkpoints existed (then open the audit log once, which signs it, and check again).",
    );
  }
  const prunedThrough = anchorRow?.prunedThroughSeq ?? -1n;

  const stored = await latestCheckpoints<HeadStatement>(prisma, organizationId, HEAD_KINDS, take);
  let checked = 0;
  const all = [...extra, ...stored].filter(
    (cp, i, list) => list.findIndex((other) => other.signature === cp.signature) === i,
  );
  for (const cp of all) {
    const when = `the checkpoint of ${cp.recordedAt}`;
    if (cp.organizationId !== organizationId) {
      problems.push(`${when} belongs to another chain (${cp.organizationId ?? 'global'}).`);
      continue;
    }
    if (cp.keyId !== keyId) {
      notes.push(
        `${when} was signed with key ${cp.keyId}, not the current key ${keyId}: its signature was not checked.`,
      );
    } else if (!verifyStatement(cp)) {
      problems.push(`${when} (event #${cp.seq}) does not verify: it was altered or not signed by this server.`);
      continue;
    }
    checked++;
    if (BigInt(cp.seq) <= prunedThrough) continue; // pruned by retention; the signed anchor covers it
    const event = await prisma.auditEvent.findFirst({
      where: { organizationId, seq: BigInt(cp.seq) },
      select: { hash: true },
    });
    if (!event) {
      problems.push(
        `rolled back: ${when} names event #${cp.seq}, which the live chain no longer has (it ends at #${liveHead?.seq ?? 'nothing'}).`,
      );
    } else if (event.hash !== cp.hash) {
      problems.push(`rewritten: event #${cp.seq} does not have the hash ${when} recorded.`);
    }
  }
  if (checked === 0 && liveHead)
    notes.push('no signed checkpoint of this chain yet: the server records one every 15 minutes, and at every export.');
  return { ok: problems.length === 0, checked, problems, notes, liveHead };
}
