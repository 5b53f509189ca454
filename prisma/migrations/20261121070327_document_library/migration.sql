-- CreateEnum
CREATE TYPE "DocumentVisibility" AS ENUM ('PUBLIC', 'GATED');

-- CreateEnum
CREATE TYPE "DocumentAccessStatus" AS ENUM ('UNVERIFIED', 'PENDING', 'APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "DocumentTokenKind" AS ENUM ('VERIFY_EMAIL', 'MAGIC_LINK', 'VIEWER_SESSION');

-- CreateEnum
CREATE TYPE "DocumentEventKind" AS ENUM ('VIEW', 'DOWNLOAD');

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "visibility" "DocumentVisibility" NOT NULL DEFAULT 'GATED',
    "validFrom" DATE,
    "validUntil" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFile" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAccessRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "documentIds" UUID[],
    "status" "DocumentAccessStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "ndaVersion" TEXT NOT NULL,
    "ndaAcceptedAt" TIMESTAMPTZ(3) NOT NULL,
    "ndaIp" TEXT,
    "ndaUserAgent" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decidedByLabel" TEXT,
    "decisionMessage" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAccessGrant" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "documentIds" UUID[],
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "autoApproved" BOOLEAN NOT NULL DEFAULT false,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedByLabel" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentAccessGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAccessToken" (
    "id" UUID NOT NULL,
    "kind" "DocumentTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "requestId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentAccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAutoApproveRule" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "expiryDays" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentAutoApproveRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentEvent" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "kind" "DocumentEventKind" NOT NULL,
    "requestId" UUID,
    "email" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE INDEX "Document_organizationId_idx" ON "Document"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFile_storageKey_key" ON "DocumentFile"("storageKey");

-- CreateIndex
CREATE INDEX "DocumentFile_documentId_createdAt_idx" ON "DocumentFile"("documentId", "createdAt");

-- CreateIndex
CREATE INDEX "DocumentAccessRequest_organizationId_status_createdAt_idx" ON "DocumentAccessRequest"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "DocumentAccessRequest_organizationId_email_idx" ON "DocumentAccessRequest"("organizationId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAccessGrant_requestId_key" ON "DocumentAccessGrant"("requestId");

-- CreateIndex
CREATE INDEX "DocumentAccessGrant_organizationId_createdAt_idx" ON "DocumentAccessGrant"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAccessToken_tokenHash_key" ON "DocumentAccessToken"("tokenHash");

-- CreateIndex
CREATE INDEX "DocumentAccessToken_requestId_idx" ON "DocumentAccessToken"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAutoApproveRule_organizationId_domain_key" ON "DocumentAutoApproveRule"("organizationId", "domain");

-- CreateIndex
CREATE INDEX "DocumentEvent_organizationId_documentId_occurredAt_idx" ON "DocumentEvent"("organizationId", "documentId", "occurredAt");

-- AddForeignKey
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAccessGrant" ADD CONSTRAINT "DocumentAccessGrant_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DocumentAccessRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
