import 'server-only';
import { db } from '@/lib/db';
import { open } from '@/lib/mfa/secret-box';
import type { OidcClientSettings } from '@/lib/oidc/discovery';

// The seam between document viewers and the organizations' single sign-on (lib/sso, issue 19 items 1–3):
// a prospect whose email domain an organization has proved (a verified SsoDomain) may confirm it through
// that organization's OIDC connection. Only the SsoConnection / SsoDomain rows are read here; saving them,
// and the secret's encryption, belong to lib/sso.

/** The secret-box context of a connection's client secret (bound to its organization, like TOTP secrets). */
export const connectionSecretContext = (organizationId: string) => `sso-connection:${organizationId}`;

export interface ViewerConnection {
  id: string;
  organizationName: string;
  settings: OidcClientSettings;
  /** The domains the organization proved: the only ones this connection may vouch for. */
  verifiedDomains: string[];
}

async function load(where: { id: string } | { domain: string }): Promise<ViewerConnection | null> {
  const connection =
    'id' in where
      ? await db().ssoConnection.findUnique({ where: { id: where.id }, include: { organization: true } })
      : (
          await db().ssoDomain.findFirst({
            where: { domain: where.domain, verifiedAt: { not: null } },
            include: { organization: { include: { ssoConnection: { include: { organization: true } } } } },
          })
        )?.organization.ssoConnection;
  if (!connection) return null;
  const domains = await db().ssoDomain.findMany({
    where: { organizationId: connection.organizationId, verifiedAt: { not: null } },
    select: { domain: true },
  });
  return {
    id: connection.id,
    organizationName: connection.organization.name,
    verifiedDomains: domains.map((d) => d.domain),
    settings: {
      issuer: connection.issuer,
      clientId: connection.clientId,
      clientSecret: open(
        { ciphertext: connection.secretCiphertext, keyId: connection.secretKeyId },
        connectionSecretContext(connection.organizationId),
      ).toString('utf8'),
    },
  };
}

/** The connection of the organization that proved this email domain, if any. */
export const viewerConnectionForDomain = (domain: string) => load({ domain: domain.toLowerCase() });

export const viewerConnectionById = (id: string) => load({ id });

// The request form asks whether to offer "your company's single sign-on" at all; a prospect's page should
// not wait on the database each time, so the answer is kept for a minute.
let offered: { at: number; value: Promise<boolean> } | null = null;

export function customerConnectionsOffered(): Promise<boolean> {
  if (offered && Date.now() - offered.at < 60_000) return offered.value;
  const value = db()
    .ssoDomain.count({ where: { verifiedAt: { not: null }, organization: { ssoConnection: { isNot: null } } } })
    .then((n) => n > 0)
    .catch(() => false);
  offered = { at: Date.now(), value };
  return value;
}

/** Tests and lib/sso (a connection saved or removed): the next form shows the current answer. */
export function forgetCustomerConnectionsOffered(): void {
  offered = null;
}
