import 'server-only';
import { getConfig } from '@/lib/config';
import type { ViewerProviderConfig } from '@/lib/config/viewer-providers';
import type { OidcClientSettings } from '@/lib/oidc/discovery';
import {
  checkConnectionDomain,
  checkGoogleWorkAccount,
  checkMicrosoftWorkAccount,
  type WorkAccountVerdict,
} from './work-account';
import { customerConnectionsOffered, viewerConnectionById, viewerConnectionForDomain } from './viewer-connections';

// The identity providers a prospect may confirm their work email with, instead of the emailed link:
// Google Workspace and Microsoft Entra ID (configured by the vendor, VIEWER_*), and the OIDC connection of
// the customer organization that proved the email's domain.

export type ViewerChoice = 'google' | 'microsoft' | 'sso';

export interface ViewerIdp {
  /** Stored with the flow (its purpose): "google", "microsoft" or "sso:<connection id>". */
  key: string;
  /** For the audit log: "google", "microsoft", "sso:Globex". */
  method: string;
  /** For people: "Google", "Globex single sign-on". */
  label: string;
  settings: OidcClientSettings;
  /** The provider's work-account rule, on the validated ID token's claims. */
  check: (claims: Record<string, unknown>, email: string, metadataIssuer: string) => WorkAccountVerdict;
}

export const VIEWER_FLOW = 'document-viewer';

/** The buttons the request form shows (none: the form is exactly the emailed-link form). */
export async function viewerSignInOptions(): Promise<{ key: ViewerChoice; label: string }[]> {
  const options: { key: ViewerChoice; label: string }[] = getConfig().viewerProviders.map((p) => ({
    key: p.key,
    label: p.label,
  }));
  if (await customerConnectionsOffered()) options.push({ key: 'sso', label: 'your company’s single sign-on' });
  return options;
}

function vendorIdp(p: ViewerProviderConfig): ViewerIdp {
  return {
    key: p.key,
    method: p.key,
    label: p.label,
    settings: { issuer: p.issuer, clientId: p.clientId, clientSecret: p.clientSecret },
    check:
      p.key === 'google'
        ? (claims) => checkGoogleWorkAccount(claims)
        : (claims, _email, metadataIssuer) =>
            checkMicrosoftWorkAccount(claims, { metadataIssuer, tenant: p.tenant ?? 'organizations' }),
  };
}

/**
 * The provider for a button pressed on the form: null when it is not offered (not configured, or no
 * organization proved the email's domain).
 */
export async function viewerIdpFor(choice: ViewerChoice, email: string): Promise<ViewerIdp | null> {
  if (choice !== 'sso') {
    const p = getConfig().viewerProviders.find((v) => v.key === choice);
    return p ? vendorIdp(p) : null;
  }
  const connection = await viewerConnectionForDomain(email.slice(email.lastIndexOf('@') + 1));
  if (!connection) return null;
  return {
    key: `sso:${connection.id}`,
    method: `sso:${connection.organizationName}`,
    label: `${connection.organizationName} single sign-on`,
    settings: connection.settings,
    check: (_claims, verifiedEmail) => checkConnectionDomain(verifiedEmail, connection.verifiedDomains),
  };
}

/** The provider a flow was started with (its stored key), or null when it is no longer configured. */
export async function viewerIdpByKey(key: string): Promise<ViewerIdp | null> {
  if (key.startsWith('sso:')) {
    const connection = await viewerConnectionById(key.slice(4)).catch(() => null);
    if (!connection) return null;
    return {
      key,
      method: `sso:${connection.organizationName}`,
      label: `${connection.organizationName} single sign-on`,
      settings: connection.settings,
      check: (_claims, verifiedEmail) => checkConnectionDomain(verifiedEmail, connection.verifiedDomains),
    };
  }
  const p = getConfig().viewerProviders.find((v) => v.key === key);
  return p ? vendorIdp(p) : null;
}

/** Where every viewer provider sends the prospect back (register it with each provider's client). */
export const viewerRedirectUri = () => new URL('/documents/verify/callback', getConfig().appUrl).toString();
