-- CreateTable
CREATE TABLE "AuditAnchor" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "prunedThroughSeq" BIGINT NOT NULL,
    "anchorHash" TEXT NOT NULL,
    "prunedCount" INTEGER NOT NULL,
    "prunedBefore" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditAnchor_organizationId_prunedThroughSeq_idx" ON "AuditAnchor"("organizationId", "prunedThroughSeq" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_seq_idx" ON "AuditEvent"("organizationId", "seq" DESC);

-- [R29] Retention is the one way audit rows may leave: only inside a transaction that set
-- trust_center.audit_retention = 'on' (lib/audit/apply-retention.ts, which records an AuditAnchor in the
-- same transaction), and never for events younger than a day. UPDATE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('trust_center.audit_retention', true) = 'on'
     AND OLD."occurredAt" < now() - interval '1 day' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit events are append-only'
    USING DETAIL = format('%s on "AuditEvent" refused', TG_OP);
END;
$$;
