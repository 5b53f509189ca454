-- CreateEnum
CREATE TYPE "AbuseCategory" AS ENUM ('SPAM', 'PHISHING', 'MALWARE', 'IMPERSONATION', 'FRAUD', 'OTHER');

-- CreateEnum
CREATE TYPE "AbuseReportStatus" AS ENUM ('NEW', 'TRIAGED', 'ACTIONED', 'DISMISSED');

-- CreateTable
CREATE TABLE "AbuseReport" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "category" "AbuseCategory" NOT NULL,
    "url" TEXT,
    "messageHeaders" TEXT,
    "description" TEXT NOT NULL,
    "reporterEmail" TEXT,
    "reporterIp" TEXT,
    "userAgent" TEXT,
    "requestId" TEXT,
    "status" "AbuseReportStatus" NOT NULL DEFAULT 'NEW',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AbuseReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AbuseReport_reference_key" ON "AbuseReport"("reference");

-- CreateIndex
CREATE INDEX "AbuseReport_status_createdAt_idx" ON "AbuseReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AbuseReport_reporterIp_createdAt_idx" ON "AbuseReport"("reporterIp", "createdAt");
