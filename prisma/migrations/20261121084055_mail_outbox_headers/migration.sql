-- AlterTable
ALTER TABLE "MailOutbox" ADD COLUMN     "headers" JSONB;
