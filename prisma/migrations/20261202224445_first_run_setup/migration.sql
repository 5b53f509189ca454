-- CreateTable
CREATE TABLE "SetupToken" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SetupToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SetupCompletion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "organizationId" UUID NOT NULL,
    "completedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SetupToken_tokenHash_key" ON "SetupToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SetupCompletion_organizationId_key" ON "SetupCompletion"("organizationId");

-- One row at most: a second first-run setup cannot pick another id. A trigger rather than a CHECK
-- constraint: Prisma's schema engine cannot describe CHECK constraints over the pg driver adapter (it
-- panics reading constraint_type), which would break `db:migration` and the drift check on PostgreSQL.
CREATE FUNCTION "setup_completion_single_row"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."id" <> 1 THEN
    RAISE EXCEPTION 'the first-run setup is recorded once, with id 1';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "SetupCompletion_single_row" BEFORE INSERT OR UPDATE ON "SetupCompletion"
  FOR EACH ROW EXECUTE FUNCTION "setup_completion_single_row"();
