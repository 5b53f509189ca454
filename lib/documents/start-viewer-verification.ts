import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { startAuthorization } from '@/lib/oidc/authorization';
import { discover } from '@/lib/oidc/discovery';
import { OidcError } from '@/lib/oidc/errors';
import { saveFlow } from '@/lib/oidc/flow-store';
import type { TAccessRequest } from '@/lib/validation/documents';
import { admitAccessRequest, recordAccessRequest } from './request-document-access';
import { VIEWER_FLOW, viewerIdpFor, type ViewerChoice } from './viewer-providers';
import { vendorOrganization } from './vendor';

export interface ViewerVerificationStart {
  email: string;
  /** The provider's sign-in page: the browser goes there next (a link, so the CSP's form-action allows it). */
  continueTo: string | null;
  provider: string;
}

/**
 * A prospect asks for gated documents and chose to confirm their work email by signing in with a provider
 * instead of the emailed link. The request is stored unverified, as with the link, and an authorization
 * (PKCE, state, nonce) is started and kept server-side, bound to this browser (`browserBinding`, the SSO flows'
 * cookie). Nothing is decided until the provider's answer comes back (finishViewerVerification).
 * The provider is asked for its configuration first: when it is down, nothing is stored and the form says so.
 */
export async function startViewerVerification(
  ctx: Ctx,
  input: TAccessRequest & { verifyWith: ViewerChoice; browserBinding: string },
): Promise<ViewerVerificationStart> {
  if (!(await admitAccessRequest(ctx, input))) return { email: input.email, continueTo: null, provider: '' };
  const idp = await viewerIdpFor(input.verifyWith, input.email);
  if (!idp) {
    const domain = input.email.slice(input.email.lastIndexOf('@') + 1);
    throw new AppError('VALIDATION', undefined, {
      email: [
        input.verifyWith === 'sso'
          ? fieldMessage('VIEWER_SSO_NO_CONNECTION', { domain })
          : fieldMessage('VIEWER_SSO_NOT_OFFERED'),
      ],
    });
  }
  let start: Awaited<ReturnType<typeof startAuthorization>>;
  try {
    const config = await discover(idp.settings);
    start = await startAuthorization(config, {
      redirectUri: idp.redirectUri,
      loginHint: input.email,
    });
  } catch (err) {
    if (!(err instanceof OidcError)) throw err;
    await db().$transaction(async (tx) =>
      recordAudit(tx, {
        organizationId: (await vendorOrganization(tx)).id,
        action: 'document.access_verification_failed',
        actor: { type: 'ANONYMOUS', id: null, label: input.email },
        outcome: 'FAILURE',
        changes: { verification: idp.method, reason: err.audit.reason },
        meta: ctx.meta,
      }),
    );
    throw new AppError('VIEWER_SSO_UNAVAILABLE', { provider: idp.label });
  }
  const request = await db().$transaction((tx) => recordAccessRequest(tx, ctx, input, idp.method));
  // After the request's transaction (the flow store has its own): a failure here leaves an unverified
  // request that nothing can verify, like an emailed link never clicked.
  await saveFlow({
    browserBinding: input.browserBinding,
    purpose: `${VIEWER_FLOW}:${idp.key}`,
    subjectId: request.id,
    secrets: start.secrets,
  });
  return { email: input.email, continueTo: start.url.toString(), provider: idp.label };
}
