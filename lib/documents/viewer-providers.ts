import 'server-only';
import { getConfig } from '@/lib/config';
import { getTranslator, SOURCE_LOCALE } from '@/lib/i18n/translator';
import type { ViewerProviderConfig } from '@/lib/config/viewer-providers';
import type { OidcClientSettings } from '@/lib/oidc/discovery';
import {
  checkConnectionDomain,
  checkGoogleWorkAccount,
  checkMicrosoftWorkAccount,
  type WorkAccountVerdict,
} from './work-account';
import {
  customerConnectionsOffered,
  viewerConnectionById,
  viewerConnectionForEmail,
  type ViewerConnection,
} from './viewer-connections';

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
  /** Registered with the provider's client: ours for Google and Microsoft, the SSO callback for connections. */
  redirectUri: string;
  /** The provider's work-account rule, on the validated ID token's claims. */
  check: (claims: Record<string, unknown>, email: string, metadataIssuer: string) => WorkAccountVerdict;
}

export const VIEWER_FLOW = 'document-viewer';

/**
 * The buttons the request form shows (none: the form is exactly the emailed-link form), labelled for
 * "Verify with {provider}" in `locale` (Google and Microsoft are names; a customer's single sign-on is words).
 */
export async function viewerSignInOptions(
  locale: string = SOURCE_LOCALE,
): Promise<{ key: ViewerChoice; label: string }[]> {
  const options: { key: ViewerChoice; label: string }[] = getConfig().viewerProviders.map((p) => ({
    key: p.key,
    label: p.label,
  }));
  if (await customerConnectionsOffered())
    options.push({ key: 'sso', label: getTranslator(locale, 'documentFlow.viewer')('companySsoOption') });
  return options;
}

function vendorIdp(p: ViewerProviderConfig): ViewerIdp {
  return {
    key: p.key,
    method: p.key,
    label: p.label,
    settings: { issuer: p.issuer, clientId: p.clientId, clientSecret: p.clientSecret },
    redirectUri: viewerRedirectUri(),
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
  const connection = await viewerConnectionForEmail(email);
  return connection ? connectionIdp(connection) : null;
}

function connectionIdp(connection: ViewerConnection): ViewerIdp {
  return {
    key: `sso:${connection.id}`,
    method: `sso:${connection.organizationName}`,
    label: `${connection.organizationName} single sign-on`,
    settings: connection.settings,
    redirectUri: connection.redirectUri,
    check: (_claims, verifiedEmail) => checkConnectionDomain(verifiedEmail, connection.verifiedDomains),
  };
}

/** The provider a flow was started with (its stored key), or null when it is no longer configured. */
export async function viewerIdpByKey(key: string): Promise<ViewerIdp | null> {
  if (key.startsWith('sso:')) {
    const connection = await viewerConnectionById(key.slice(4));
    return connection ? connectionIdp(connection) : null;
  }
  const p = getConfig().viewerProviders.find((v) => v.key === key);
  return p ? vendorIdp(p) : null;
}

/** Where Google and Microsoft send the prospect back (register it with each of their clients). */
export const viewerRedirectUri = () => new URL('/documents/verify/callback', getConfig().appUrl).toString();
