-- DropIndex
DROP INDEX "AuditEvent_seq_key";
