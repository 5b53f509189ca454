-- CreateEnum
CREATE TYPE "ContentReviewStatus" AS ENUM ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TransferMechanism" AS ENUM ('ADEQUACY', 'SCC_2021', 'BCR', 'NONE_NEEDED');

-- CreateEnum
CREATE TYPE "SubprocessorChangeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "NoticeSubscriberStatus" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- AlterEnum (renamed in place, so existing reports keep their status)
ALTER TYPE "AbuseReportStatus" RENAME VALUE 'TRIAGED' TO 'INVESTIGATING';
ALTER TYPE "AbuseReportStatus" RENAME VALUE 'DISMISSED' TO 'REJECTED';

-- AlterTable
ALTER TABLE "AbuseReport" ADD COLUMN     "assigneeId" UUID,
ADD COLUMN     "assigneeLabel" TEXT;

-- AlterTable
ALTER TABLE "MailOutbox" ADD COLUMN     "dedupeKey" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "fourEyesPublishing" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ContentPage" (
    "id" UUID NOT NULL,
    "section" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "publishedRevisionId" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContentPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "frontmatter" JSONB NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "authorId" UUID,
    "authorLabel" TEXT NOT NULL,
    "contributorIds" UUID[],
    "origin" TEXT NOT NULL,
    "restoredFromId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,

    CONSTRAINT "ContentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentDraft" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "baseRevisionId" UUID,
    "contributorIds" UUID[],
    "updatedById" UUID,
    "updatedByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContentDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentReview" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "status" "ContentReviewStatus" NOT NULL DEFAULT 'PENDING',
    "notable" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "scheduledFor" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContentReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentReviewComment" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorLabel" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'comment',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangelogEntry" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "revisionId" UUID NOT NULL,
    "pageTitle" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChangelogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbuseReportNote" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "authorId" UUID,
    "authorLabel" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'note',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbuseReportNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subprocessor" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subprocessor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubprocessorPeriod" (
    "id" UUID NOT NULL,
    "subprocessorId" UUID NOT NULL,
    "changeId" UUID,
    "legalName" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "dataCategories" TEXT[],
    "dataSubjects" TEXT[],
    "locations" TEXT[],
    "transferMechanism" "TransferMechanism" NOT NULL,
    "sccModule" INTEGER,
    "website" TEXT NOT NULL,
    "privacyUrl" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubprocessorPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubprocessorChange" (
    "id" UUID NOT NULL,
    "number" INTEGER,
    "status" "SubprocessorChangeStatus" NOT NULL DEFAULT 'DRAFT',
    "summary" TEXT NOT NULL,
    "operations" JSONB NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "diff" JSONB,
    "objectionDeadline" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,
    "noticesDispatchedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SubprocessorChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeSubscriber" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "status" "NoticeSubscriberStatus" NOT NULL DEFAULT 'PENDING',
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMPTZ(3),
    "requestIp" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribedAt" TIMESTAMPTZ(3),

    CONSTRAINT "NoticeSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeDelivery" (
    "id" UUID NOT NULL,
    "changeId" UUID NOT NULL,
    "subscriberId" UUID NOT NULL,
    "mailId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "secretCiphertext" TEXT NOT NULL,
    "secretKeyId" TEXT NOT NULL,
    "events" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID,
    "createdByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubprocessorObjection" (
    "id" UUID NOT NULL,
    "changeId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "userLabel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SubprocessorObjection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContentPage_publishedRevisionId_key" ON "ContentPage"("publishedRevisionId");

-- CreateIndex
CREATE INDEX "ContentPage_section_order_idx" ON "ContentPage"("section", "order");

-- CreateIndex
CREATE INDEX "ContentRevision_pageId_createdAt_idx" ON "ContentRevision"("pageId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ContentRevision_pageId_number_key" ON "ContentRevision"("pageId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ContentDraft_pageId_key" ON "ContentDraft"("pageId");

-- CreateIndex
CREATE INDEX "ContentReview_reviewerId_status_idx" ON "ContentReview"("reviewerId", "status");

-- CreateIndex
CREATE INDEX "ContentReview_status_scheduledFor_idx" ON "ContentReview"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "ContentReview_pageId_createdAt_idx" ON "ContentReview"("pageId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ContentReviewComment_reviewId_createdAt_idx" ON "ContentReviewComment"("reviewId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangelogEntry_publishedAt_idx" ON "ChangelogEntry"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "AbuseReportNote_reportId_createdAt_idx" ON "AbuseReportNote"("reportId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subprocessor_slug_key" ON "Subprocessor"("slug");

-- CreateIndex
CREATE INDEX "SubprocessorPeriod_validFrom_validUntil_idx" ON "SubprocessorPeriod"("validFrom", "validUntil");

-- CreateIndex
CREATE INDEX "SubprocessorPeriod_subprocessorId_validFrom_idx" ON "SubprocessorPeriod"("subprocessorId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "SubprocessorChange_number_key" ON "SubprocessorChange"("number");

-- CreateIndex
CREATE INDEX "SubprocessorChange_status_effectiveDate_idx" ON "SubprocessorChange"("status", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeSubscriber_email_key" ON "NoticeSubscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeSubscriber_confirmTokenHash_key" ON "NoticeSubscriber"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "NoticeSubscriber_status_id_idx" ON "NoticeSubscriber"("status", "id");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeDelivery_changeId_subscriberId_key" ON "NoticeDelivery"("changeId", "subscriberId");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_organizationId_idx" ON "WebhookEndpoint"("organizationId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_attempt_idx" ON "WebhookAttempt"("deliveryId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "SubprocessorObjection_changeId_organizationId_key" ON "SubprocessorObjection"("changeId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_dedupeKey_key" ON "MailOutbox"("dedupeKey");

-- AddForeignKey
ALTER TABLE "ContentPage" ADD CONSTRAINT "ContentPage_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "ContentRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ContentPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentDraft" ADD CONSTRAINT "ContentDraft_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ContentPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReview" ADD CONSTRAINT "ContentReview_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ContentPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReview" ADD CONSTRAINT "ContentReview_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ContentRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReviewComment" ADD CONSTRAINT "ContentReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ContentReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangelogEntry" ADD CONSTRAINT "ChangelogEntry_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ContentPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangelogEntry" ADD CONSTRAINT "ChangelogEntry_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ContentRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AbuseReportNote" ADD CONSTRAINT "AbuseReportNote_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AbuseReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorPeriod" ADD CONSTRAINT "SubprocessorPeriod_subprocessorId_fkey" FOREIGN KEY ("subprocessorId") REFERENCES "Subprocessor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorPeriod" ADD CONSTRAINT "SubprocessorPeriod_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "SubprocessorChange"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeDelivery" ADD CONSTRAINT "NoticeDelivery_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "SubprocessorChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeDelivery" ADD CONSTRAINT "NoticeDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "NoticeSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorObjection" ADD CONSTRAINT "SubprocessorObjection_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "SubprocessorChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubprocessorObjection" ADD CONSTRAINT "SubprocessorObjection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
