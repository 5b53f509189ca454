import * as client from 'openid-client';
import { AppError } from '@/lib/errors';

// Every way an OpenID Connect exchange can fail, turned into one coded AppError whose message says what
// to do (lib/messages/errors.ts). `detail` is the short, secret-free reason the audit event records.

export interface OidcFailureDetail {
  /** Short reason for the audit log ("nonce mismatch", "id token expired"…): never a token or a code. */
  reason: string;
}

export class OidcError extends AppError {
  constructor(
    readonly audit: OidcFailureDetail,
    ...args: ConstructorParameters<typeof AppError>
  ) {
    super(...args);
  }
}

export const oidcError = (reason: string, ...args: ConstructorParameters<typeof AppError>) =>
  new OidcError({ reason }, ...args);

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

function causeCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && networkCodes.has(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(err: unknown): boolean {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

const TOKEN_CLAIMS: Record<string, string> = {
  aud: 'issued for another application',
  azp: 'issued for another application',
  iss: 'issued by another identity provider',
};

/** Maps what openid-client (and the network under it) throws to an OidcError; OidcErrors pass through. */
export function toOidcError(err: unknown, timeoutSeconds: number): OidcError {
  if (err instanceof OidcError) return err;
  if (isTimeout(err))
    return oidcError(`identity provider timed out after ${timeoutSeconds} s`, 'OIDC_IDP_TIMEOUT', {
      seconds: timeoutSeconds,
    });
  const net = causeCode(err);
  if (net) return oidcError(`identity provider unreachable (${net})`, 'OIDC_IDP_UNREACHABLE');
  // undici's "fetch failed" without a known code (refused port, TLS failure…): still the network.
  if (err instanceof TypeError)
    return oidcError('identity provider unreachable (fetch failed)', 'OIDC_IDP_UNREACHABLE');
  if (err instanceof client.AuthorizationResponseError) {
    const code =
      String(err.error)
        .replace(/[^a-z_]/gi, '')
        .slice(0, 40) || 'error';
    return oidcError(`identity provider answered ${code}`, 'OIDC_IDP_REFUSED', { error: code.replaceAll('_', ' ') });
  }
  if (err instanceof client.ResponseBodyError) {
    // An OAuth error code (RFC 6749 5.2), not text: invalid_grant is a used, expired or foreign code.
    const oauthCode: string = err.error;
    if (oauthCode === 'invalid_grant')
      return oidcError('authorization code rejected (invalid_grant)', 'OIDC_CODE_REJECTED');
    return oidcError(`token endpoint answered ${err.error}`, 'OIDC_IDP_REFUSED', { error: String(err.error) });
  }
  if (err instanceof client.ClientError) {
    // openid-client passes on oauth4webapi's errors, sometimes wrapped once: read the code and claim of either.
    const inner = (err as { cause?: { claim?: string; code?: string; cause?: { claim?: string } } }).cause;
    const cause = { claim: inner?.claim ?? inner?.cause?.claim };
    switch (err.code ?? inner?.code) {
      case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
        if (cause?.claim === 'nonce') return oidcError('id token nonce mismatch', 'OIDC_NONCE_MISMATCH');
        return tokenInvalid(TOKEN_CLAIMS[cause?.claim ?? ''] ?? `unexpected ${cause?.claim ?? 'claim'}`);
      case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
        return tokenInvalid('expired or not yet valid');
      case 'OAUTH_UNSUPPORTED_OPERATION':
      case 'OAUTH_KEY_SELECTION_FAILED':
        return tokenInvalid('not signed with a key of the identity provider');
      case 'OAUTH_INVALID_RESPONSE':
      case 'OAUTH_PARSE_ERROR':
        return tokenInvalid('bad signature or malformed response');
      case 'OAUTH_HTTP_REQUEST_FORBIDDEN':
      case 'OAUTH_REQUEST_PROTOCOL_FORBIDDEN':
        return oidcError('identity provider endpoint is not https', 'OIDC_ISSUER_INSECURE');
    }
    return tokenInvalid(err.code ?? 'invalid response');
  }
  return oidcError('identity provider exchange failed', 'OIDC_IDP_UNREACHABLE');
}

function tokenInvalid(detail: string): OidcError {
  return oidcError(`id token refused: ${detail}`, 'OIDC_TOKEN_INVALID', { detail });
}
