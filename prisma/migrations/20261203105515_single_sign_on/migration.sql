-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "ssoBreakGlass" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ssoConnectionId" UUID,
ADD COLUMN     "ssoSid" TEXT,
ADD COLUMN     "ssoSubject" TEXT;

-- AlterTable
ALTER TABLE "SignInTicket" ADD COLUMN     "ssoConnectionId" UUID,
ADD COLUMN     "ssoSid" TEXT,
ADD COLUMN     "ssoSubject" TEXT;

-- CreateTable
CREATE TABLE "OidcAuthorization" (
    "id" UUID NOT NULL,
    "stateHash" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "returnTo" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "consumedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OidcAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcLogoutToken" (
    "jtiHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OidcLogoutToken_pkey" PRIMARY KEY ("jtiHash")
);

-- CreateTable
CREATE TABLE "SsoConnection" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "secretKeyId" TEXT NOT NULL,
    "defaultRole" TEXT NOT NULL DEFAULT 'member',
    "defaultCustomRoleId" UUID,
    "jitProvisioning" BOOLEAN NOT NULL DEFAULT false,
    "idpEnforcesMfa" BOOLEAN NOT NULL DEFAULT false,
    "requireSso" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SsoConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoDomain" (
    "id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,
    "verificationToken" TEXT NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoDomain_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OidcAuthorization_stateHash_key" ON "OidcAuthorization"("stateHash");

-- CreateIndex
CREATE INDEX "OidcAuthorization_expiresAt_idx" ON "OidcAuthorization"("expiresAt");

-- CreateIndex
CREATE INDEX "OidcLogoutToken_expiresAt_idx" ON "OidcLogoutToken"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "SsoConnection_organizationId_key" ON "SsoConnection"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoDomain_domain_key" ON "SsoDomain"("domain");

-- CreateIndex
CREATE INDEX "SsoDomain_organizationId_idx" ON "SsoDomain"("organizationId");

-- CreateIndex
CREATE INDEX "Session_ssoConnectionId_ssoSubject_idx" ON "Session"("ssoConnectionId", "ssoSubject");

-- AddForeignKey
ALTER TABLE "SsoConnection" ADD CONSTRAINT "SsoConnection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SsoDomain" ADD CONSTRAINT "SsoDomain_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
