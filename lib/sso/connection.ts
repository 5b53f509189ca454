import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { open, seal } from '@/lib/mfa/secret-box';
import type { OidcClientSettings } from '@/lib/oidc/discovery';

// An organization's SSO connection as the sign-in code needs it. The client secret is sealed like the
// TOTP secrets (lib/mfa/secret-box.ts) with the organization's id as additional data: a ciphertext copied
// onto another organization's row does not open.

const secretContext = (organizationId: string) => `sso-client-secret|${organizationId}`;

export function sealClientSecret(organizationId: string, secret: string) {
  const sealed = seal(Buffer.from(secret, 'utf8'), secretContext(organizationId));
  return { secretCiphertext: sealed.ciphertext, secretKeyId: sealed.keyId };
}

export type ConnectionRow = Prisma.SsoConnectionGetPayload<{ include: { organization: true } }>;

export function clientSettings(row: {
  organizationId: string;
  issuer: string;
  clientId: string;
  secretCiphertext: string;
  secretKeyId: string;
}): OidcClientSettings {
  const secret = open(
    { ciphertext: row.secretCiphertext, keyId: row.secretKeyId },
    secretContext(row.organizationId),
  ).toString('utf8');
  return { issuer: row.issuer, clientId: row.clientId, clientSecret: secret };
}

export async function findConnection(id: string): Promise<ConnectionRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db().ssoConnection.findUnique({ where: { id }, include: { organization: true } });
}

/** The organization whose verified domain covers this address, with its connection; null when none. */
export async function connectionForEmail(email: string): Promise<ConnectionRow | null> {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (!domain) return null;
  const claim = await db().ssoDomain.findUnique({
    where: { domain },
    select: { verifiedAt: true, organization: { select: { ssoConnection: { select: { id: true } }, status: true } } },
  });
  const id = claim?.verifiedAt && claim.organization.status === 'ACTIVE' ? claim.organization.ssoConnection?.id : null;
  return id ? findConnection(id) : null;
}

/** Verified domains of an organization, lower-cased. */
export async function verifiedDomains(tx: Prisma.TransactionClient, organizationId: string): Promise<string[]> {
  const rows = await tx.ssoDomain.findMany({
    where: { organizationId, verifiedAt: { not: null } },
    select: { domain: true },
  });
  return rows.map((r) => r.domain);
}
