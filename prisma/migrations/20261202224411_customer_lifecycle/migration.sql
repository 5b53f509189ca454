-- CreateEnum
CREATE TYPE "OrganizationStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'PENDING_DELETION');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "deletionRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "invitationDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "purgeAfter" TIMESTAMPTZ(3),
ADD COLUMN     "status" "OrganizationStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN     "suspendedAt" TIMESTAMPTZ(3);

-- [R29] Besides retention, the one other way audit rows may leave: the purge of a deleted customer
-- organization (lib/customers/purge-customer.ts), which removes that organization's whole chain after
-- recording an anchor in the vendor's chain. Only inside a transaction that named the organization in
-- trust_center.organization_purge, and only once it is pending deletion with its restore period over.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('trust_center.audit_retention', true) = 'on'
     AND OLD."occurredAt" < now() - interval '1 day' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'DELETE'
     AND OLD."organizationId" IS NOT NULL
     AND current_setting('trust_center.organization_purge', true) = OLD."organizationId"::text
     AND EXISTS (SELECT 1 FROM "Organization" o WHERE o.id = OLD."organizationId"
                   AND o.status = 'PENDING_DELETION' AND o."purgeAfter" <= now()) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit events are append-only'
    USING DETAIL = format('%s on "AuditEvent" refused', TG_OP);
END;
$$;
