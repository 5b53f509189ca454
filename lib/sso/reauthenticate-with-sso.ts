import 'server-only';
import { assertSignedIn } from '@/lib/access/can';
import { actorOf } from '@/lib/auth/actor';
import { rotateAtReauthentication } from '@/lib/auth/reauthenticate';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { finishAuthorization, startAuthorization } from '@/lib/oidc/authorization';
import { discover } from '@/lib/oidc/discovery';
import { oidcError, OidcError } from '@/lib/oidc/errors';
import { redeemFlow, saveFlow } from '@/lib/oidc/flow-store';
import { consume } from '@/lib/security/rate-limit';
import { clientSettings, findConnection, type ConnectionRow } from './connection';
import { callbackUrl } from './sign-in';

// Sudo mode (R23) for members who have no password here — created just in time by SSO — or who simply
// signed in through it: the identity provider confirms it is them with a fresh sign-in. The request asks
// for one (prompt=login, max_age=0) and the answer is checked, not trusted: the ID token's auth_time must
// fall after this round trip started, and its email must be the signed-in user's. Then the session id
// rotates exactly as after a password (R18).

export const SSO_REAUTH_PURPOSE = 'sso-reauth';
/** Clock difference tolerated between the IdP and us when comparing auth_time with the start. */
const SKEW_MS = 30_000;

async function connectionOfSession(ctx: SignedInCtx): Promise<ConnectionRow | null> {
  const organizationId = ctx.session.organization?.id;
  if (!organizationId || ctx.session.supportGrant) return null;
  const row = await db().ssoConnection.findUnique({ where: { organizationId }, select: { id: true } });
  const connection = row ? await findConnection(row.id) : null;
  return connection?.organization.status === 'ACTIVE' ? connection : null;
}

/** Whether the sudo dialog offers "Confirm through <Org>'s identity provider", and whether a password can. */
export async function ssoReauthOptions(ctx: Ctx): Promise<{ organization: string; hasPassword: boolean } | null> {
  assertSignedIn(ctx);
  const connection = await connectionOfSession(ctx);
  if (!connection) return null;
  const user = await db().user.findUniqueOrThrow({
    where: { id: ctx.session.user.id },
    select: { passwordHash: true },
  });
  return { organization: connection.organization.name, hasPassword: !!user.passwordHash };
}

export async function startSsoReauth(ctx: Ctx, input: { browserBinding: string }): Promise<{ url: string }> {
  assertSignedIn(ctx);
  const connection = await connectionOfSession(ctx);
  if (!connection) throw new AppError('SSO_NOT_CONFIGURED');
  const config = await discover(clientSettings(connection));
  const { url, secrets } = await startAuthorization(config, {
    redirectUri: callbackUrl(),
    loginHint: ctx.session.user.email,
    // A fresh authentication, even with a session open at the IdP.
    prompt: 'login',
    maxAge: 0,
  });
  await saveFlow({
    browserBinding: input.browserBinding,
    purpose: SSO_REAUTH_PURPOSE,
    // Whose session asked, and when: the answer must come back to it, with a sign-in made after this.
    subjectId: `${connection.id}:${ctx.session.sessionId}:${Date.now()}`,
    secrets,
  });
  return { url: url.href };
}

/** The callback of an SSO re-authentication: the rotated session's token (the caller sets the cookie). */
export async function finishSsoReauth(
  ctx: Ctx,
  input: { callbackUrl: URL; browserBinding: string | null },
): Promise<{ sessionToken: string }> {
  assertSignedIn(ctx);
  let connectionId: string | null = null;
  try {
    const flow = await redeemFlow({
      state: input.callbackUrl.searchParams.get('state'),
      browserBinding: input.browserBinding,
      purposes: [SSO_REAUTH_PURPOSE],
    });
    const [flowConnectionId, sessionId, startedAt] = flow.subjectId.split(':');
    connectionId = flowConnectionId ?? null;
    if (sessionId !== ctx.session.sessionId)
      throw oidcError('re-authentication started by another session', 'OIDC_FLOW_UNKNOWN');
    const connection = await connectionOfSession(ctx);
    if (!connection || connection.id !== connectionId) throw new AppError('SSO_NOT_CONFIGURED');
    const identity = await finishAuthorization(await discover(clientSettings(connection)), {
      callbackUrl: input.callbackUrl,
      secrets: flow.secrets,
    });
    if (identity.email !== ctx.session.user.email.toLowerCase())
      throw new AppError('SSO_REAUTH_OTHER_ACCOUNT', { email: identity.email });
    const authTime = identity.claims.auth_time;
    if (typeof authTime !== 'number' || authTime * 1000 < Number(startedAt) - SKEW_MS)
      throw new AppError('SSO_REAUTH_NOT_FRESH');
    return await rotateAtReauthentication(ctx, { method: 'sso', connectionId: connection.id });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    // Counted like a wrong password: the same per-session limit bounds attempts.
    await consume('reauthPerSession', ctx.session.sessionId);
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: ctx.session.organization?.id ?? null,
        action: 'auth.reauth.failed',
        actor: actorOf(ctx),
        target: { type: 'session', id: ctx.session.sessionId },
        outcome: 'FAILURE',
        changes: {
          method: 'single sign-on',
          connectionId,
          reason: err instanceof OidcError ? err.audit.reason : err.reason,
        },
        meta: ctx.meta,
      }),
    );
    throw err;
  }
}
