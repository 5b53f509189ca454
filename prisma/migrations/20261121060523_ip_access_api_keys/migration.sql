-- CreateEnum
CREATE TYPE "IpAccessScope" AS ENUM ('PANEL', 'API', 'SMTP');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "ipAccessVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "IpAccessList" (
    "organizationId" UUID NOT NULL,
    "scope" "IpAccessScope" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IpAccessList_pkey" PRIMARY KEY ("organizationId","scope")
);

-- CreateTable
CREATE TABLE "IpAccessRule" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "scope" "IpAccessScope" NOT NULL,
    "cidr" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdById" UUID,
    "createdByLabel" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IpAccessRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdById" UUID,
    "createdByLabel" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "lastUsedIp" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedByLabel" TEXT,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IpAccessRule_organizationId_scope_cidr_key" ON "IpAccessRule"("organizationId", "scope", "cidr");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_createdAt_idx" ON "ApiKey"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "IpAccessList" ADD CONSTRAINT "IpAccessList_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IpAccessRule" ADD CONSTRAINT "IpAccessRule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
