import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, type ErrorReason } from '@/lib/errors';
import { finishAuthorization } from '@/lib/oidc/authorization';
import { discover } from '@/lib/oidc/discovery';
import { OidcError, oidcError } from '@/lib/oidc/errors';
import { peekFlow, redeemFlow } from '@/lib/oidc/flow-store';
import { consume } from '@/lib/security/rate-limit';
import { settleVerifiedRequest, type VerifyOutcome } from './settle-verified-request';
import { VIEWER_FLOW, viewerIdpByKey, type ViewerIdp } from './viewer-providers';
import { vendorOrganization } from './vendor';

type ViewerFailure = Extract<
  ErrorReason,
  | 'VIEWER_SSO_EXPIRED'
  | 'VIEWER_SSO_PERSONAL_ACCOUNT'
  | 'VIEWER_SSO_EMAIL_UNVERIFIED'
  | 'VIEWER_SSO_EMAIL_MISMATCH'
  | 'VIEWER_SSO_UNAVAILABLE'
  | 'VIEWER_SSO_REFUSED'
>;

/** A refusal the request page explains: the reason, and the provider's name for its message. */
export class ViewerVerificationError extends AppError {
  constructor(
    readonly failure: ViewerFailure,
    readonly providerKey: string | null,
    provider: string,
  ) {
    super(failure, { provider });
  }
}

const FROM_OIDC: Partial<Record<string, ViewerFailure>> = {
  OIDC_FLOW_UNKNOWN: 'VIEWER_SSO_EXPIRED',
  OIDC_CODE_REJECTED: 'VIEWER_SSO_EXPIRED',
  OIDC_EMAIL_UNVERIFIED: 'VIEWER_SSO_EMAIL_UNVERIFIED',
  OIDC_EMAIL_MISSING: 'VIEWER_SSO_EMAIL_UNVERIFIED',
  OIDC_IDP_TIMEOUT: 'VIEWER_SSO_UNAVAILABLE',
  OIDC_IDP_UNREACHABLE: 'VIEWER_SSO_UNAVAILABLE',
  OIDC_DISCOVERY_FAILED: 'VIEWER_SSO_UNAVAILABLE',
};

/** Is this provider answer (its `state`) for a document request? /api/sso/callback hands those on. */
export async function isViewerCallback(state: string | null): Promise<boolean> {
  return Boolean((await peekFlow(state))?.purpose.startsWith(`${VIEWER_FLOW}:`));
}

/**
 * The provider's answer for a document request (GET /documents/verify/callback, or /api/sso/callback for a
 * customer's connection): the flow must be one this
 * browser started and not yet used (state), the code is redeemed with its PKCE verifier, the ID token is
 * validated (signature, issuer, audience, expiry, nonce) with `email_verified` true, the account must be a
 * work account by the provider's rule, and its email the request's. Then the request goes on exactly as
 * after the emailed link: auto-approval by domain, or the staff queue. Every refusal is audited with its
 * reason and leaves the request unverified (no grant).
 */
export async function finishViewerVerification(
  ctx: Ctx,
  input: { callbackUrl: string; browserBinding: string | null },
): Promise<VerifyOutcome & { provider: string }> {
  const limit = await consume('documentAccessLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('RATE_LIMITED');
  const callbackUrl = new URL(input.callbackUrl);
  const state = callbackUrl.searchParams.get('state');
  const peeked = await peekFlow(state);
  const key = peeked?.purpose.startsWith(`${VIEWER_FLOW}:`) ? peeked.purpose.slice(VIEWER_FLOW.length + 1) : null;
  const requestId = key ? peeked!.subjectId : null;
  let idp: ViewerIdp | null = null;
  try {
    if (!key || !peeked) throw oidcError('callback without a known document-viewer state', 'OIDC_FLOW_UNKNOWN');
    const flow = await redeemFlow({ state, browserBinding: input.browserBinding, purposes: [peeked.purpose] });
    idp = await viewerIdpByKey(key);
    if (!idp) throw oidcError(`viewer provider ${key} is no longer configured`, 'OIDC_FLOW_UNKNOWN');
    const config = await discover(idp.settings);
    const identity = await finishAuthorization(config, { callbackUrl, secrets: flow.secrets });
    const verdict = idp.check(identity.claims, identity.email, config.serverMetadata().issuer);
    if (!verdict.ok) throw new Refusal(verdict.reason, verdict.audit);
    return await db().$transaction(async (tx) => {
      const request = await tx.documentAccessRequest.findUnique({ where: { id: flow.subjectId } });
      if (!request || request.status !== 'UNVERIFIED')
        throw new Refusal('VIEWER_SSO_EXPIRED', 'request missing or already confirmed');
      if (request.email.toLowerCase() !== identity.email)
        throw new Refusal(
          'VIEWER_SSO_EMAIL_MISMATCH',
          `signed in as ${identity.email}, request is for ${request.email}`,
        );
      const outcome = await settleVerifiedRequest(tx, ctx, request, idp!.method);
      return { ...outcome, provider: idp!.label };
    });
  } catch (err) {
    if (!(err instanceof OidcError) && !(err instanceof Refusal)) throw err;
    const failure = err instanceof Refusal ? err.failure : (FROM_OIDC[err.reason] ?? 'VIEWER_SSO_REFUSED');
    const reason = err instanceof Refusal ? err.audit : err.audit.reason;
    const label = idp?.label ?? (key ? ((await viewerIdpByKey(key))?.label ?? 'your provider') : 'your provider');
    await auditFailure(ctx, { requestId, method: idp?.method ?? key ?? 'unknown', reason });
    throw new ViewerVerificationError(failure, key, label);
  }
}

class Refusal extends Error {
  constructor(
    readonly failure: ViewerFailure,
    readonly audit: string,
  ) {
    super(audit);
  }
}

async function auditFailure(ctx: Ctx, p: { requestId: string | null; method: string; reason: string }) {
  await db().$transaction(async (tx) => {
    const request = p.requestId ? await tx.documentAccessRequest.findUnique({ where: { id: p.requestId } }) : null;
    await recordAudit(tx, {
      organizationId: request?.organizationId ?? (await vendorOrganization(tx)).id,
      action: 'document.access_verification_failed',
      actor: { type: 'ANONYMOUS', id: null, label: request?.email ?? 'unknown requester' },
      target: request ? { type: 'document_access_request', id: request.id, label: request.company } : undefined,
      outcome: 'FAILURE',
      changes: { verification: p.method, reason: p.reason.slice(0, 200) },
      meta: ctx.meta,
    });
  });
}
