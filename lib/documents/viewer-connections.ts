import 'server-only';
import { db } from '@/lib/db';
import type { OidcClientSettings } from '@/lib/oidc/discovery';
import { clientSettings, connectionForEmail, findConnection, type ConnectionRow } from '@/lib/sso/connection';
import { callbackUrl } from '@/lib/sso/sign-in';

// The seam between document viewers and the organizations' single sign-on (lib/sso): a prospect whose
// email domain an organization has proved (a verified domain claim, organization active) may confirm it
// through that organization's OIDC connection, and only for that organization's verified domains. The
// connection's redirect URI is the one its admin already registered (/api/sso/callback), which hands a
// document-viewer flow on to /documents/verify/callback's handler.

export interface ViewerConnection {
  id: string;
  organizationName: string;
  settings: OidcClientSettings;
  redirectUri: string;
  /** The domains the organization proved: the only ones this connection may vouch for. */
  verifiedDomains: string[];
}

async function viewerConnection(row: ConnectionRow | null): Promise<ViewerConnection | null> {
  if (!row || row.organization.status !== 'ACTIVE') return null;
  const domains = await db().ssoDomain.findMany({
    where: { organizationId: row.organizationId, verifiedAt: { not: null } },
    select: { domain: true },
  });
  return {
    id: row.id,
    organizationName: row.organization.name,
    settings: clientSettings(row),
    redirectUri: callbackUrl(),
    verifiedDomains: domains.map((d) => d.domain),
  };
}

/** The connection of the organization that proved this email's domain, if any. */
export const viewerConnectionForEmail = async (email: string) => viewerConnection(await connectionForEmail(email));

export const viewerConnectionById = async (id: string) => viewerConnection(await findConnection(id));

// The request form asks whether to offer "your company's single sign-on" at all; a prospect's page should
// not wait on the database each time, so the answer is kept for a minute.
let offered: { at: number; value: Promise<boolean> } | null = null;

export function customerConnectionsOffered(): Promise<boolean> {
  if (offered && Date.now() - offered.at < 60_000) return offered.value;
  const value = db()
    .ssoDomain.count({
      where: { verifiedAt: { not: null }, organization: { status: 'ACTIVE', ssoConnection: { isNot: null } } },
    })
    .then((n) => n > 0)
    .catch(() => false);
  offered = { at: Date.now(), value };
  return value;
}

/** Tests and lib/sso (a connection saved or removed): the next form shows the current answer. */
export function forgetCustomerConnectionsOffered(): void {
  offered = null;
}
