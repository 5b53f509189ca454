-- CreateEnum
CREATE TYPE "AuditCheckpointKind" AS ENUM ('SCHEDULED', 'EXPORT', 'READ', 'RETENTION_ANCHOR');

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "kind" "AuditCheckpointKind" NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditCheckpoint_organizationId_kind_recordedAt_idx" ON "AuditCheckpoint"("organizationId", "kind", "recordedAt" DESC);

-- [R29] Checkpoints are evidence about the audit chain: once signed and stored they never change or leave,
-- like the audit events themselves (retention prunes events, never checkpoints). The one exception is the
-- purge of a deleted customer organization, on the same terms as its audit events (customer_lifecycle).
CREATE FUNCTION "audit_checkpoint_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND OLD."organizationId" IS NOT NULL
     AND current_setting('trust_center.organization_purge', true) = OLD."organizationId"::text
     AND EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = OLD."organizationId"
                   AND o.status = 'PENDING_DELETION' AND o."purgeAfter" <= now()) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit checkpoints are append-only'
    USING DETAIL = format('%s on "AuditCheckpoint" refused', TG_OP);
END;
$$;

CREATE TRIGGER "AuditCheckpoint_no_update" BEFORE UPDATE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION "audit_checkpoint_append_only"();

CREATE TRIGGER "AuditCheckpoint_no_delete" BEFORE DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION "audit_checkpoint_append_only"();

CREATE TRIGGER "AuditCheckpoint_no_truncate" BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_checkpoint_append_only"();
