// Is the account a prospect signed in with a work account? Pure checks on a validated ID token's claims,
// per provider, kept apart so each rule is tested on its own (tests/unit/viewer-work-account.test.ts).

/** Microsoft's tenant of personal accounts (outlook.com, hotmail.com…): never a work account. */
export const MICROSOFT_CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type WorkAccountVerdict =
  | { ok: true }
  | {
      ok: false;
      reason: 'VIEWER_SSO_PERSONAL_ACCOUNT' | 'VIEWER_SSO_REFUSED' | 'VIEWER_SSO_EMAIL_MISMATCH';
      audit: string;
    };

/**
 * Google: only Google Workspace accounts carry `hd` (the organization's primary domain); a gmail.com
 * account, or a consumer account registered on a company address, has none.
 */
export function checkGoogleWorkAccount(claims: Record<string, unknown>): WorkAccountVerdict {
  if (typeof claims.hd === 'string' && claims.hd.trim()) return { ok: true };
  return { ok: false, reason: 'VIEWER_SSO_PERSONAL_ACCOUNT', audit: 'google account without hd (not Workspace)' };
}

/**
 * Microsoft: the token's `tid` must be a tenant other than the consumer one (and the configured tenant when
 * the app accepts one only), and its issuer must be the metadata's issuer with that very tid filled in —
 * the multi-tenant metadata names `https://login.microsoftonline.com/{tenantid}/v2.0`, so comparing it
 * literally would accept nothing, and skipping it would accept a token minted by any tenant for another.
 */
export function checkMicrosoftWorkAccount(
  claims: Record<string, unknown>,
  p: { metadataIssuer: string; tenant: string },
): WorkAccountVerdict {
  const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
  if (!UUID.test(tid)) return { ok: false, reason: 'VIEWER_SSO_REFUSED', audit: 'microsoft token without a tid' };
  if (tid === MICROSOFT_CONSUMER_TENANT)
    return { ok: false, reason: 'VIEWER_SSO_PERSONAL_ACCOUNT', audit: 'microsoft consumer tenant (personal account)' };
  if (UUID.test(p.tenant) && tid !== p.tenant.toLowerCase())
    return { ok: false, reason: 'VIEWER_SSO_REFUSED', audit: `microsoft tenant ${tid} is not the configured one` };
  const expected = p.metadataIssuer.replace('{tenantid}', tid);
  if (claims.iss !== expected)
    return { ok: false, reason: 'VIEWER_SSO_REFUSED', audit: `microsoft issuer does not match tid ${tid}` };
  return { ok: true };
}

/** A customer's connection vouches only for the domains its organization proved (verified SsoDomain). */
export function checkConnectionDomain(email: string, verifiedDomains: readonly string[]): WorkAccountVerdict {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (verifiedDomains.includes(domain)) return { ok: true };
  return { ok: false, reason: 'VIEWER_SSO_EMAIL_MISMATCH', audit: `domain ${domain} not claimed by the connection` };
}
