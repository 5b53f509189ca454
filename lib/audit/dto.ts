import { AUDIT_ACTIONS, type AuditAction } from './catalogue';

export interface AuditEventDTO {
  id: string;
  seq: string;
  occurredAt: string;
  actor: { type: string; id: string | null; label: string | null };
  action: string;
  category: string;
  target: { type: string | null; id: string | null; label: string | null };
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  changes: unknown;
  prevHash: string | null;
  hash: string;
}

type Row = {
  id: string;
  seq: bigint;
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

export function toAuditEventDTO(r: Row): AuditEventDTO {
  return {
    id: r.id,
    seq: r.seq.toString(),
    occurredAt: r.occurredAt.toISOString(),
    actor: { type: r.actorType, id: r.actorId, label: r.actorLabel },
    action: r.action,
    category: AUDIT_ACTIONS[r.action as AuditAction] ?? 'other',
    target: { type: r.targetType, id: r.targetId, label: r.targetLabel },
    outcome: r.outcome,
    ip: r.ip,
    userAgent: r.userAgent,
    requestId: r.requestId,
    changes: r.changes ?? null,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}
