-- CreateEnum
CREATE TYPE "AnswerVisibility" AS ENUM ('public', 'nda', 'internal');

-- CreateEnum
CREATE TYPE "AnswerShortAnswer" AS ENUM ('yes', 'no', 'partial', 'not_applicable');

-- CreateEnum
CREATE TYPE "AnswerRevisionStatus" AS ENUM ('draft', 'in_review', 'published', 'superseded', 'discarded');

-- CreateEnum
CREATE TYPE "AskedQuestionStatus" AS ENUM ('open', 'drafted', 'dismissed');

-- CreateTable
CREATE TABLE "AnswerEntry" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "publishedRevisionId" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AnswerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerRevision" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "AnswerRevisionStatus" NOT NULL DEFAULT 'draft',
    "question" TEXT NOT NULL,
    "alternatives" TEXT[],
    "shortAnswer" "AnswerShortAnswer" NOT NULL,
    "answer" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "visibility" "AnswerVisibility" NOT NULL DEFAULT 'public',
    "ownerId" UUID,
    "ownerLabel" TEXT NOT NULL,
    "reviewBy" DATE NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "origin" TEXT NOT NULL DEFAULT 'edit',
    "restoredFromId" UUID,
    "authorId" UUID,
    "authorLabel" TEXT NOT NULL,
    "contributorIds" UUID[],
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AnswerRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AskedQuestion" (
    "id" UUID NOT NULL,
    "normalised" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "lastGrade" TEXT NOT NULL,
    "status" "AskedQuestionStatus" NOT NULL DEFAULT 'open',
    "entryId" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "firstAskedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAskedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AskedQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnswerEntry_slug_key" ON "AnswerEntry"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerEntry_publishedRevisionId_key" ON "AnswerEntry"("publishedRevisionId");

-- CreateIndex
CREATE INDEX "AnswerEntry_publishedAt_idx" ON "AnswerEntry"("publishedAt");

-- CreateIndex
CREATE INDEX "AnswerRevision_status_idx" ON "AnswerRevision"("status");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerRevision_entryId_number_key" ON "AnswerRevision"("entryId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AskedQuestion_normalised_key" ON "AskedQuestion"("normalised");

-- CreateIndex
CREATE INDEX "AskedQuestion_status_lastAskedAt_idx" ON "AskedQuestion"("status", "lastAskedAt" DESC);

-- AddForeignKey
ALTER TABLE "AnswerEntry" ADD CONSTRAINT "AnswerEntry_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "AnswerRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerRevision" ADD CONSTRAINT "AnswerRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "AnswerEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
