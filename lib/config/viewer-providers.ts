// Document viewers' identity providers from the environment (VIEWER_*): Google Workspace and Microsoft
// Entra ID, each present only when its client id and secret are both set.
import type { Env } from './schema';

export type ViewerProviderKey = 'google' | 'microsoft';

export interface ViewerProviderConfig {
  key: ViewerProviderKey;
  /** The button's words: "Verify with Google". */
  label: string;
  /** Where discovery starts (Microsoft's multi-tenant document names the issuer `…/{tenantid}/v2.0`). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Microsoft only: the tenant the app accepts ("organizations", "common" or a tenant id). */
  tenant?: string;
}

/** The configured providers, or problems naming the variable that is half set. */
export function viewerProvidersFrom(e: Env, problems: string[]): ViewerProviderConfig[] {
  const providers: ViewerProviderConfig[] = [];
  const pair = (prefix: string, id: string | undefined, secret: string | undefined) => {
    if (Boolean(id) === Boolean(secret)) return Boolean(id);
    problems.push(
      `${prefix}_${id ? 'CLIENT_SECRET' : 'CLIENT_ID'}: set both ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET, or neither`,
    );
    return false;
  };
  if (pair('VIEWER_GOOGLE', e.VIEWER_GOOGLE_CLIENT_ID, e.VIEWER_GOOGLE_CLIENT_SECRET)) {
    providers.push({
      key: 'google',
      label: 'Google',
      issuer: e.VIEWER_GOOGLE_ISSUER ?? 'https://accounts.google.com',
      clientId: e.VIEWER_GOOGLE_CLIENT_ID!,
      clientSecret: e.VIEWER_GOOGLE_CLIENT_SECRET!,
    });
  }
  if (pair('VIEWER_MICROSOFT', e.VIEWER_MICROSOFT_CLIENT_ID, e.VIEWER_MICROSOFT_CLIENT_SECRET)) {
    const tenant = e.VIEWER_MICROSOFT_TENANT.toLowerCase();
    providers.push({
      key: 'microsoft',
      label: 'Microsoft',
      issuer: e.VIEWER_MICROSOFT_ISSUER ?? `https://login.microsoftonline.com/${tenant}/v2.0`,
      clientId: e.VIEWER_MICROSOFT_CLIENT_ID!,
      clientSecret: e.VIEWER_MICROSOFT_CLIENT_SECRET!,
      tenant,
    });
  }
  return providers;
}
