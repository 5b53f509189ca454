import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { verifyLogoutToken } from '@/lib/oidc/backchannel-logout';
import { discover } from '@/lib/oidc/discovery';
import { OidcError } from '@/lib/oidc/errors';
import { clientSettings, findConnection } from './connection';

// POST /api/sso/backchannel-logout/<connection id>: the IdP says "this user (or this IdP session) signed
// out everywhere". The logout token is verified against this connection's issuer and client id only, and
// ends only the sessions that came through this connection: one organization's IdP cannot end sessions
// of another organization's members.

export async function handleBackchannelLogout(
  ctx: Ctx,
  input: { connectionId: string; logoutToken: string | null },
): Promise<{ ended: number }> {
  const connection = await findConnection(input.connectionId);
  if (!connection) throw new AppError('NOT_FOUND');
  try {
    if (!input.logoutToken || input.logoutToken.length > 8_000)
      throw new AppError('VALIDATION', undefined, { logout_token: ['missing'] });
    const config = await discover(clientSettings(connection));
    const request = await verifyLogoutToken(config, input.logoutToken);
    return await db().$transaction(async (tx) => {
      const ended = await tx.session.updateMany({
        where: {
          ssoConnectionId: connection.id,
          revokedAt: null,
          ...(request.subject ? { ssoSubject: request.subject } : {}),
          ...(request.sid ? { ssoSid: request.sid } : {}),
        },
        data: { revokedAt: new Date(), revokedReason: 'signed out at the identity provider' },
      });
      await recordAudit(tx, {
        organizationId: connection.organizationId,
        action: 'auth.sso.backchannel_logout',
        actor: { type: 'SYSTEM', id: null, label: `identity provider ${connection.issuer}` },
        target: { type: 'sso_connection', id: connection.id, label: connection.issuer },
        changes: { subject: request.subject, sid: request.sid, sessionsEnded: ended.count },
        meta: ctx.meta,
      });
      return { ended: ended.count };
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: connection.organizationId,
        action: 'auth.sso.backchannel_logout',
        actor: { type: 'ANONYMOUS', id: null, label: null },
        target: { type: 'sso_connection', id: connection.id, label: connection.issuer },
        outcome: 'DENIED',
        changes: { reason: err instanceof OidcError ? err.audit.reason : err.reason },
        meta: ctx.meta,
      }),
    );
    throw err;
  }
}
