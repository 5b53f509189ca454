-- AlterTable
ALTER TABLE "ContentDraft" ADD COLUMN     "sourceRevisionNumber" INTEGER;

-- AlterTable
ALTER TABLE "ContentPage" ADD COLUMN     "locale" TEXT,
ADD COLUMN     "translationOfId" UUID;

-- AlterTable
ALTER TABLE "ContentRevision" ADD COLUMN     "sourceRevisionNumber" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "ContentPage_translationOfId_locale_key" ON "ContentPage"("translationOfId", "locale");

-- AddForeignKey
ALTER TABLE "ContentPage" ADD CONSTRAINT "ContentPage_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "ContentPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
