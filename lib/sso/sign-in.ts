import 'server-only';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { startAuthorization } from '@/lib/oidc/authorization';
import { discover } from '@/lib/oidc/discovery';
import { OidcError } from '@/lib/oidc/errors';
import { saveFlow } from '@/lib/oidc/flow-store';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { clientSettings, connectionForEmail, findConnection } from './connection';

// Starting an SSO sign-in: the email's verified domain names the organization and its connection (one
// organization per domain, so no address can be routed to two), a flow is saved server-side and the
// browser goes to the identity provider. The same for an admin's "Test connection", whose flow only
// shows the claims received.

export const SSO_CALLBACK_PATH = '/api/sso/callback';
export const callbackUrl = () => new URL(SSO_CALLBACK_PATH, getConfig().appUrl).href;
export const backchannelLogoutUrl = (connectionId: string) =>
  new URL(`/api/sso/backchannel-logout/${connectionId}`, getConfig().appUrl).href;

/** What the sign-in page shows for an address: "Continue with <Org> SSO", or null for the password form. */
export async function lookUpSso(_ctx: Ctx, input: { email: string }): Promise<{ organization: string } | null> {
  const connection = await connectionForEmail(input.email);
  return connection ? { organization: connection.organization.name } : null;
}

export async function startSsoSignIn(
  ctx: Ctx,
  input: { email: string; next?: string | null; browserBinding: string },
): Promise<{ url: string }> {
  const connection = await connectionForEmail(input.email);
  if (!connection) throw new AppError('SSO_NOT_CONFIGURED');
  try {
    const config = await discover(clientSettings(connection));
    const { url, secrets } = await startAuthorization(config, { redirectUri: callbackUrl(), loginHint: input.email });
    await saveFlow({
      browserBinding: input.browserBinding,
      purpose: 'sso-sign-in',
      subjectId: connection.id,
      returnTo: safeReturnPath(input.next, '/account'),
      secrets,
    });
    return { url: url.href };
  } catch (err) {
    if (err instanceof OidcError) {
      await db().$transaction((tx) =>
        recordAudit(tx, {
          organizationId: connection.organizationId,
          action: 'auth.sso.failed',
          actor: { type: 'ANONYMOUS', id: null, label: input.email },
          target: { type: 'sso_connection', id: connection.id, label: connection.issuer },
          outcome: 'FAILURE',
          changes: { reason: err.audit.reason, stage: 'start' },
          meta: ctx.meta,
        }),
      );
    }
    throw err;
  }
}

/** "Test connection": a full sign-in at the IdP whose result is only shown to the admin. */
export async function startSsoTest(ctx: Ctx, input: { browserBinding: string }): Promise<{ url: string }> {
  const auth = await authorize(ctx, 'sso:manage');
  const row = await db().ssoConnection.findUnique({ where: { organizationId: auth.organization.id } });
  if (!row) throw new AppError('SSO_CONNECTION_MISSING');
  const connection = await findConnection(row.id);
  const config = await discover(clientSettings(connection!));
  // prompt=login: the admin signs in as whoever they want to test, even with an IdP session open.
  const { url, secrets } = await startAuthorization(config, { redirectUri: callbackUrl(), prompt: 'login' });
  await saveFlow({
    browserBinding: input.browserBinding,
    purpose: 'sso-test',
    subjectId: `${row.id}:${auth.session.user.id}`,
    secrets,
  });
  return { url: url.href };
}
