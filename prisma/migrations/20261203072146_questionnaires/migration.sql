-- CreateEnum
CREATE TYPE "QuestionnaireStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SENT');

-- CreateEnum
CREATE TYPE "QuestionnaireRowState" AS ENUM ('SUGGESTED', 'ACCEPTED', 'NEEDS_EXPERT');

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "company" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "original" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "status" "QuestionnaireStatus" NOT NULL DEFAULT 'DRAFT',
    "sheetName" TEXT NOT NULL,
    "headerRow" INTEGER NOT NULL,
    "questionColumn" INTEGER NOT NULL,
    "answerColumn" INTEGER NOT NULL,
    "commentColumn" INTEGER,
    "processedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireRow" (
    "id" UUID NOT NULL,
    "questionnaireId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "ref" TEXT,
    "section" TEXT,
    "question" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "suggestedShort" TEXT,
    "suggestedAnswer" TEXT,
    "shortAnswer" TEXT,
    "answer" TEXT,
    "state" "QuestionnaireRowState" NOT NULL DEFAULT 'SUGGESTED',
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "assigneeId" UUID,
    "decidedByLabel" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "sentToLibraryAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QuestionnaireRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Questionnaire_organizationId_createdAt_idx" ON "Questionnaire"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "QuestionnaireRow_questionnaireId_state_idx" ON "QuestionnaireRow"("questionnaireId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireRow_questionnaireId_rowNumber_key" ON "QuestionnaireRow"("questionnaireId", "rowNumber");

-- AddForeignKey
ALTER TABLE "QuestionnaireRow" ADD CONSTRAINT "QuestionnaireRow_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;
