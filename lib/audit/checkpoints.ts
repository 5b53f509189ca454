import crypto from 'node:crypto';
import type { AuditCheckpointKind } from '@/lib/generated/prisma/client';
import { signStatement, type Signed } from './checkpoint-signing';
import type { AuditSql } from './record';

// Signed checkpoints of an audit chain (table AuditCheckpoint, append-only). A head checkpoint says "this
// chain had event #seq with this hash at this time"; an anchor checkpoint says "retention pruned this
// chain through #seq, whose hash is this". They are what makes a truncated export (missing head or tail)
// or a rolled-back chain detectable without trusting the exported file or the live table alone.
// Everything here is raw SQL, so it runs inside a Prisma transaction and on the export's own pg connection.

export type HeadStatement = Signed<{
  type: 'audit.head';
  organizationId: string | null;
  seq: string;
  hash: string;
  recordedAt: string;
}>;
export type AnchorStatement = Signed<{
  type: 'audit.anchor';
  organizationId: string | null;
  /** The last pruned event: the chain's first remaining event links to its hash. */
  throughSeq: string;
  hash: string;
  prunedCount: number;
  prunedBefore: string;
  recordedAt: string;
}>;

export interface ChainHead {
  seq: string;
  hash: string;
}

/** The last event of a chain, or null for an empty one. Two statements: only these forms use the index. */
export async function chainHead(sql: AuditSql, organizationId: string | null): Promise<ChainHead | null> {
  const rows = await (organizationId
    ? sql.$queryRawUnsafe<ChainHead[]>(
        'SELECT seq::text AS seq, hash FROM "AuditEvent" WHERE "organizationId" = $1::uuid ORDER BY "AuditEvent".seq DESC LIMIT 1',
        organizationId,
      )
    : sql.$queryRawUnsafe<ChainHead[]>(
        'SELECT seq::text AS seq, hash FROM "AuditEvent" WHERE "organizationId" IS NULL ORDER BY "AuditEvent".seq DESC LIMIT 1',
      ));
  return rows[0] ?? null;
}

async function insert(
  sql: AuditSql,
  kind: AuditCheckpointKind,
  statement: HeadStatement | AnchorStatement,
  seq: string,
): Promise<void> {
  const { signature, ...payload } = statement;
  await sql.$executeRawUnsafe(
    `INSERT INTO "AuditCheckpoint" (id, "organizationId", kind, seq, hash, "recordedAt", payload, "keyId", signature)
     VALUES ($1::uuid, $2::uuid, $3::"AuditCheckpointKind", $4::bigint, $5, $6::timestamptz, $7, $8, $9)`,
    crypto.randomUUID(),
    statement.organizationId,
    kind,
    seq,
    statement.hash,
    statement.recordedAt,
    JSON.stringify(payload),
    statement.keyId,
    signature,
  );
}

/** Signs and stores a head checkpoint. */
export async function recordHeadCheckpoint(
  sql: AuditSql,
  organizationId: string | null,
  head: ChainHead,
  kind: Exclude<AuditCheckpointKind, 'RETENTION_ANCHOR'>,
): Promise<HeadStatement> {
  const statement = signStatement({
    type: 'audit.head' as const,
    organizationId,
    seq: head.seq,
    hash: head.hash,
    recordedAt: new Date().toISOString(),
  });
  await insert(sql, kind, statement, head.seq);
  return statement;
}

interface StoredRow {
  payload: string;
  signature: string;
}

const toStatement = <T>(row: StoredRow): T => ({ ...JSON.parse(row.payload), signature: row.signature }) as T;

/** The newest stored checkpoints of a chain, of the given kinds, newest first. */
export async function latestCheckpoints<T extends HeadStatement | AnchorStatement>(
  sql: AuditSql,
  organizationId: string | null,
  kinds: AuditCheckpointKind[],
  take = 1,
): Promise<T[]> {
  const scope = organizationId ? '"organizationId" = $3::uuid' : '"organizationId" IS NULL';
  const rows = await sql.$queryRawUnsafe<StoredRow[]>(
    `SELECT payload, signature FROM "AuditCheckpoint" WHERE kind::text = ANY($1::text[]) AND ${scope}
     ORDER BY "recordedAt" DESC, seq DESC LIMIT $2::int`,
    kinds,
    take,
    ...(organizationId ? [organizationId] : []),
  );
  return rows.map((r) => toStatement<T>(r));
}

export const HEAD_KINDS: AuditCheckpointKind[] = ['SCHEDULED', 'EXPORT', 'READ'];

/**
 * The chain's current head, signed: the newest checkpoint when it still names the head, else a new one
 * (`recorded`). Null for a chain without events.
 */
export async function signedHeadOf(
  sql: AuditSql,
  organizationId: string | null,
  kind: 'READ' | 'SCHEDULED',
): Promise<{ head: HeadStatement | null; recorded: boolean }> {
  const head = await chainHead(sql, organizationId);
  if (!head) return { head: null, recorded: false };
  const [latest] = await latestCheckpoints<HeadStatement>(sql, organizationId, HEAD_KINDS);
  if (latest && latest.seq === head.seq && latest.hash === head.hash) return { head: latest, recorded: false };
  return { head: await recordHeadCheckpoint(sql, organizationId, head, kind), recorded: true };
}

export async function signedHead(sql: AuditSql, organizationId: string | null): Promise<HeadStatement | null> {
  return (await signedHeadOf(sql, organizationId, 'READ')).head;
}

interface AnchorRow {
  throughSeq: string;
  anchorHash: string;
  prunedCount: number;
  prunedBefore: string;
}

/** Signs and stores retention's anchor (called by applyRetention in its transaction). */
export async function recordAnchorCheckpoint(
  sql: AuditSql,
  organizationId: string | null,
  anchor: AnchorRow,
): Promise<AnchorStatement> {
  const statement = signStatement({
    type: 'audit.anchor' as const,
    organizationId,
    throughSeq: anchor.throughSeq,
    hash: anchor.anchorHash,
    prunedCount: anchor.prunedCount,
    prunedBefore: anchor.prunedBefore,
    recordedAt: new Date().toISOString(),
  });
  await insert(sql, 'RETENTION_ANCHOR', statement, anchor.throughSeq);
  return statement;
}

/**
 * Where the chain starts now: null at its genesis, else the newest retention anchor, signed (an anchor
 * recorded before checkpoints existed is signed on first use).
 */
export async function signedAnchor(sql: AuditSql, organizationId: string | null): Promise<AnchorStatement | null> {
  const scope = organizationId ? '"organizationId" = $1::uuid' : '"organizationId" IS NULL';
  const anchors = await sql.$queryRawUnsafe<AnchorRow[]>(
    `SELECT "prunedThroughSeq"::text AS "throughSeq", "anchorHash", "prunedCount",
       to_char("prunedBefore" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "prunedBefore"
     FROM "AuditAnchor" WHERE ${scope} ORDER BY "prunedThroughSeq" DESC LIMIT 1`,
    ...(organizationId ? [organizationId] : []),
  );
  const anchor = anchors[0];
  if (!anchor) return null;
  const signed = await latestCheckpoints<AnchorStatement>(sql, organizationId, ['RETENTION_ANCHOR'], 5);
  const match = signed.find((s) => s.throughSeq === anchor.throughSeq && s.hash === anchor.anchorHash);
  return match ?? recordAnchorCheckpoint(sql, organizationId, anchor);
}
