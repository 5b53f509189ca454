-- AlterTable
ALTER TABLE "DocumentAccessRequest" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "NoticeSubscriber" ADD COLUMN     "locale" TEXT;
