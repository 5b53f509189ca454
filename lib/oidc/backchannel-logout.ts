import 'server-only';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors } from 'jose';
import type * as client from 'openid-client';
import { db } from '@/lib/db';
import { sha256Hex } from '@/lib/auth/tokens';
import { oidcError } from './errors';
import { oidcPolicy, type OidcPolicy } from './discovery';

// OIDC Back-Channel Logout 1.0, section 2.6: the logout token is a JWT signed by the provider (a key of
// its JWKS, never "none"), with our client as audience, a recent iat, the back-channel-logout event, a sub
// or sid (or both), no nonce, and a jti we have not seen before (replays refused for as long as the token
// could be valid).

const EVENT = 'http://schemas.openid.net/event/backchannel-logout';
const MAX_AGE_SECONDS = 5 * 60;

const jwksByUri = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export interface LogoutRequest {
  issuer: string;
  subject: string | null;
  sid: string | null;
}

export async function verifyLogoutToken(
  config: client.Configuration,
  logoutToken: string,
  policy: OidcPolicy = oidcPolicy(),
): Promise<LogoutRequest> {
  const server = config.serverMetadata();
  if (!server.jwks_uri) throw oidcError('provider publishes no jwks_uri', 'OIDC_TOKEN_INVALID', { detail: 'no keys' });
  let jwks = jwksByUri.get(server.jwks_uri);
  if (!jwks) {
    jwks = createRemoteJWKSet(new URL(server.jwks_uri), { timeoutDuration: policy.timeoutSeconds * 1000 });
    jwksByUri.set(server.jwks_uri, jwks);
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(logoutToken, jwks, {
      issuer: server.issuer,
      audience: config.clientMetadata().client_id,
      maxTokenAge: MAX_AGE_SECONDS,
      clockTolerance: 30,
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
    }));
  } catch (err) {
    const detail =
      err instanceof joseErrors.JWTClaimValidationFailed
        ? `claim ${err.claim} invalid`
        : err instanceof joseErrors.JWTExpired
          ? 'expired'
          : err instanceof joseErrors.JWSSignatureVerificationFailed
            ? 'bad signature'
            : err instanceof joseErrors.JWKSNoMatchingKey
              ? 'no matching key'
              : 'not verifiable';
    throw oidcError(`logout token refused: ${detail}`, 'OIDC_TOKEN_INVALID', { detail });
  }
  const events = payload.events as Record<string, unknown> | undefined;
  if (!events || typeof events !== 'object' || typeof events[EVENT] !== 'object')
    throw oidcError('logout token without the back-channel logout event', 'OIDC_TOKEN_INVALID', { detail: 'events' });
  if ('nonce' in payload) throw oidcError('logout token with a nonce', 'OIDC_TOKEN_INVALID', { detail: 'nonce' });
  const subject = typeof payload.sub === 'string' ? payload.sub : null;
  const sid = typeof payload.sid === 'string' ? (payload.sid as string) : null;
  if (!subject && !sid) throw oidcError('logout token without sub or sid', 'OIDC_TOKEN_INVALID', { detail: 'sub/sid' });
  if (typeof payload.jti !== 'string' || !payload.jti)
    throw oidcError('logout token without jti', 'OIDC_TOKEN_INVALID', { detail: 'jti' });
  await rememberJti(`${server.issuer}|${payload.jti}`);
  return { issuer: server.issuer, subject, sid };
}

async function rememberJti(jti: string): Promise<void> {
  const now = new Date();
  const prisma = db();
  await prisma.oidcLogoutToken.deleteMany({ where: { expiresAt: { lt: now } } });
  try {
    await prisma.oidcLogoutToken.create({
      data: { jtiHash: sha256Hex(jti), expiresAt: new Date(now.getTime() + 2 * MAX_AGE_SECONDS * 1000) },
    });
  } catch {
    // The primary key refuses a second insert: this token was already used.
    throw oidcError('logout token replayed (jti seen before)', 'OIDC_TOKEN_INVALID', { detail: 'replayed' });
  }
}
