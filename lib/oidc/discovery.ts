import 'server-only';
import * as client from 'openid-client';
import { getConfig } from '@/lib/config';
import { sha256Hex } from '@/lib/auth/tokens';
import { AppError } from '@/lib/errors';
import { oidcError, toOidcError } from './errors';

// Discovery of an OpenID Provider: its /.well-known/openid-configuration fetched (10 s timeout by
// default, SSO_HTTP_TIMEOUT_SECONDS) and checked by openid-client (issuer identical to the URL asked for,
// required endpoints present). Plain http only when SSO_ALLOW_HTTP_ISSUERS (default: outside production).
// Kept generic: the organization connections (lib/sso) and the document viewers both start here.

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface OidcPolicy {
  allowHttp: boolean;
  timeoutSeconds: number;
  /** Issuers that are Microsoft Entra ID (their `xms_edov` counts as a verified email); ENTRA_ISSUER by default. */
  entraIssuer?: RegExp;
}

/**
 * Microsoft Entra ID's issuer for one tenant (v2.0 endpoints). Entra sends no `email_verified`; its optional
 * claim `xms_edov` ("email domain owner verified") says the tenant proved the email's domain. Only an issuer
 * that is Entra's own host can say so: any other provider could send a claim of that name.
 */
export const ENTRA_ISSUER =
  /^https:\/\/login\.microsoftonline\.com\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/v2\.0$/;

export function oidcPolicy(): OidcPolicy {
  const { sso } = getConfig();
  return { allowHttp: sso.allowHttpIssuers, timeoutSeconds: sso.httpTimeoutSeconds };
}

/** The issuer as typed by an admin → a normalised URL, or a coded refusal (https outside development). */
export function parseIssuerUrl(raw: string, policy: OidcPolicy = oidcPolicy()): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('OIDC_ISSUER_INVALID');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('OIDC_ISSUER_INVALID');
  if (url.username || url.password || url.search || url.hash) throw new AppError('OIDC_ISSUER_INVALID');
  if (url.protocol === 'http:' && !policy.allowHttp) throw new AppError('OIDC_ISSUER_INSECURE');
  return url;
}

const CACHE_MS = 5 * 60_000;
const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

/** Drops cached discovery results (tests; an admin saving a connection). */
export function forgetDiscovery(issuer?: string): void {
  if (!issuer) return cache.clear();
  for (const key of cache.keys()) if (key.startsWith(`${issuer}|`)) cache.delete(key);
}

/**
 * A client Configuration for these settings. Cached for a few minutes per issuer + client + secret, so a
 * sign-in does not fetch the discovery document every time; a failure is never cached.
 */
export async function discover(
  settings: OidcClientSettings,
  policy: OidcPolicy = oidcPolicy(),
): Promise<client.Configuration> {
  const issuer = parseIssuerUrl(settings.issuer, policy);
  const key = `${issuer.href}|${settings.clientId}|${sha256Hex(settings.clientSecret)}|${policy.timeoutSeconds}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
  const pending = discoverNow(issuer, settings, policy);
  cache.set(key, { at: Date.now(), config: pending });
  pending.catch(() => cache.delete(key));
  return pending;
}

async function discoverNow(
  issuer: URL,
  settings: OidcClientSettings,
  policy: OidcPolicy,
): Promise<client.Configuration> {
  try {
    return await client.discovery(
      issuer,
      settings.clientId,
      { id_token_signed_response_alg: 'RS256' },
      client.ClientSecretBasic(settings.clientSecret),
      {
        timeout: policy.timeoutSeconds,
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      },
    );
  } catch (err) {
    const failure = toOidcError(err, policy.timeoutSeconds);
    if (failure.reason === 'OIDC_IDP_TIMEOUT' || failure.reason === 'OIDC_IDP_UNREACHABLE') throw failure;
    const shown = issuer.href.replace(/\/$/, '');
    throw oidcError(`discovery failed: ${failure.audit.reason}`, 'OIDC_DISCOVERY_FAILED', { issuer: shown });
  }
}
