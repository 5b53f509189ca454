import 'server-only';
import * as client from 'openid-client';
import { AppError } from '@/lib/errors';
import { oidcError, toOidcError } from './errors';
import { ENTRA_ISSUER, oidcPolicy, type OidcPolicy } from './discovery';

// The authorization code flow with PKCE (S256), `state` and `nonce`. The secrets of a flow in progress
// are returned to the caller, who keeps them server-side (lib/oidc/flow-store.ts); the callback is checked
// against them: state, the code at the token endpoint (a used code is refused there), the ID token's
// signature (keys from the provider's JWKS), issuer, audience, expiry and nonce — and `email_verified`.

export interface AuthorizationSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  /** Lower-cased; verified by the identity provider (email_verified true). */
  email: string;
  name: string | null;
  /** Authentication methods the provider asserts (RFC 8176), e.g. ["pwd", "mfa"]. */
  amr: string[];
  /** The provider's session id (for back-channel logout), when it sends one. */
  sid: string | null;
  /** Every claim of the ID token, for a connection test's display. */
  claims: Record<string, unknown>;
}

export async function startAuthorization(
  config: client.Configuration,
  input: { redirectUri: string; scope?: string; loginHint?: string; prompt?: string; maxAge?: number },
): Promise<{ url: URL; secrets: AuthorizationSecrets }> {
  const secrets: AuthorizationSecrets = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
  };
  const params: Record<string, string> = {
    redirect_uri: input.redirectUri,
    response_type: 'code',
    scope: input.scope ?? 'openid email profile',
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
  };
  if (input.loginHint) params.login_hint = input.loginHint;
  if (input.prompt) params.prompt = input.prompt;
  if (input.maxAge !== undefined) params.max_age = String(input.maxAge);
  return { url: client.buildAuthorizationUrl(config, params), secrets };
}

/**
 * Checks a callback URL against the flow's secrets and redeems the code. Throws an OidcError for every
 * failure; returns the identity only with a verified email.
 */
export async function finishAuthorization(
  config: client.Configuration,
  input: { callbackUrl: URL; secrets: AuthorizationSecrets },
  policy: OidcPolicy = oidcPolicy(),
): Promise<VerifiedIdentity> {
  // The state is compared by the caller's flow lookup too; openid-client compares it again here.
  if (input.callbackUrl.searchParams.get('state') !== input.secrets.state)
    throw oidcError('state mismatch', 'OIDC_FLOW_UNKNOWN');
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, input.callbackUrl, {
      pkceCodeVerifier: input.secrets.codeVerifier,
      expectedState: input.secrets.state,
      expectedNonce: input.secrets.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    throw toOidcError(err, policy.timeoutSeconds);
  }
  const claims = tokens.claims();
  if (!claims) throw oidcError('no id token', 'OIDC_TOKEN_INVALID', { detail: 'no identity token' });
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw oidcError('no email claim', 'OIDC_EMAIL_MISSING');
  if (!emailVerified(claims, policy))
    throw oidcError(`email not verified: ${email}`, 'OIDC_EMAIL_UNVERIFIED', { email });
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email,
    name: typeof claims.name === 'string' ? claims.name.slice(0, 200) : null,
    amr: Array.isArray(claims.amr) ? claims.amr.filter((a): a is string => typeof a === 'string') : [],
    sid: typeof claims.sid === 'string' ? claims.sid : null,
    claims: { ...claims },
  };
}

/**
 * Only a strict boolean true counts: "true" as a string, or a missing claim, is not a verification. Entra ID
 * sends no `email_verified`: there, and only for an issuer on Entra's own host, `xms_edov: true` (the
 * tenant owns the email's domain) takes its place. An `email_verified: false` is never overruled.
 */
export function emailVerified(claims: { iss: string; [claim: string]: unknown }, policy: OidcPolicy): boolean {
  if (claims.email_verified === true) return true;
  if (claims.email_verified !== undefined) return false;
  return claims.xms_edov === true && (policy.entraIssuer ?? ENTRA_ISSUER).test(claims.iss);
}

/** The domain part of an address, lower-cased. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) throw new AppError('VALIDATION');
  return email.slice(at + 1).toLowerCase();
}
