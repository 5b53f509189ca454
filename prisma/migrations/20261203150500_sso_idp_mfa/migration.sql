-- An SSO session whose MFA the identity provider asserted (amr) or enforces (connection setting): the
-- organization's two-factor policy accepts it instead of our own second factor.
-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ssoMfa" TEXT;

-- AlterTable
ALTER TABLE "SignInTicket" ADD COLUMN     "ssoMfa" TEXT;
