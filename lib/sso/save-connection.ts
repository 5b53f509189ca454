import 'server-only';
import { z } from 'zod';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { revokeSessionsWhere } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { discover, forgetDiscovery, parseIssuerUrl } from '@/lib/oidc/discovery';
import { mayAssign, resolveRoleChoice } from '@/lib/roles/role-choice';
import { clientSettings, sealClientSecret } from './connection';

export const ZSaveSsoConnectionSchema = z.object({
  issuer: z.string().trim().min(1, 'Enter the issuer URL.').max(500),
  clientId: z.string().trim().min(1, 'Enter the client ID.').max(300),
  /** Blank when editing: the stored secret is kept (it is never shown again). */
  clientSecret: z.string().max(2000).optional().default(''),
  defaultRole: z.string().trim().min(1).max(80).default('member'),
  jitProvisioning: z.boolean().default(false),
  idpEnforcesMfa: z.boolean().default(false),
});
export type TSaveSsoConnection = z.infer<typeof ZSaveSsoConnectionSchema>;

/**
 * Creates or updates the organization's OIDC connection (re-authentication required, R23). The issuer's
 * discovery document is fetched and validated before anything is saved, so a typo is caught here rather
 * than at a member's sign-in.
 */
export async function saveSsoConnection(ctx: Ctx, input: TSaveSsoConnection) {
  const auth = await authorize(ctx, 'sso:manage', { sudo: true });
  const organizationId = auth.organization.id;
  const existing = await db().ssoConnection.findUnique({ where: { organizationId } });
  if (!existing && !input.clientSecret)
    throw new AppError('VALIDATION', undefined, { clientSecret: [fieldMessage('SSO_CLIENT_SECRET_REQUIRED')] });
  let issuer: string;
  try {
    issuer = parseIssuerUrl(input.issuer).href.replace(/\/$/, '');
  } catch (err) {
    if (err instanceof AppError) throw new AppError('VALIDATION', undefined, { issuer: [err.message] });
    throw err;
  }
  const role = await resolveRoleChoice(db(), auth.organization, input.defaultRole, 'defaultRole');
  if (role.ref === 'owner' || !mayAssign(auth, role))
    throw new AppError('VALIDATION', undefined, { defaultRole: [fieldMessage('SSO_DEFAULT_ROLE_INVALID')] });
  const secret = input.clientSecret || (existing ? clientSettings(existing).clientSecret : '');
  try {
    forgetDiscovery(issuer);
    await discover({ issuer, clientId: input.clientId, clientSecret: secret });
  } catch (err) {
    if (err instanceof AppError) throw new AppError('VALIDATION', undefined, { issuer: [err.message] });
    throw err;
  }
  const data = {
    issuer,
    clientId: input.clientId,
    ...(input.clientSecret ? sealClientSecret(organizationId, input.clientSecret) : {}),
    defaultRole: role.role,
    defaultCustomRoleId: role.customRoleId,
    jitProvisioning: input.jitProvisioning,
    idpEnforcesMfa: input.idpEnforcesMfa,
  };
  // Turning "the IdP enforces MFA" off withdraws what those sessions stood on: they skipped our second
  // factor because of it. They end (the admin's own session instead loses the mark, so the 2FA policy
  // applies to it now), and sign-ins under way with that mark cannot become sessions any more.
  const mfaWithdrawn = Boolean(existing?.idpEnforcesMfa && !input.idpEnforcesMfa);
  const currentSessionId = auth.session.sessionId;
  return db().$transaction(async (tx) => {
    const row = existing
      ? await tx.ssoConnection.update({ where: { id: existing.id }, data })
      : await tx.ssoConnection.create({
          data: { organizationId, ...sealClientSecret(organizationId, input.clientSecret), ...data },
        });
    let sessionsEnded = 0;
    if (mfaWithdrawn) {
      const marked = { ssoConnectionId: row.id, ssoMfa: 'connection' };
      sessionsEnded = await revokeSessionsWhere(
        tx,
        { ...marked, id: { not: currentSessionId } },
        'single sign-on no longer stands for two-factor authentication',
      );
      await tx.session.updateMany({ where: { ...marked, id: currentSessionId }, data: { ssoMfa: null } });
      await tx.signInTicket.updateMany({ where: { ...marked, consumedAt: null }, data: { expiresAt: new Date() } });
    }
    await recordAudit(tx, {
      organizationId,
      action: 'sso.connection.saved',
      actor: auth.actor,
      target: { type: 'sso_connection', id: row.id, label: issuer },
      changes: {
        issuer: { before: existing?.issuer ?? null, after: issuer },
        clientId: { before: existing?.clientId ?? null, after: input.clientId },
        clientSecretChanged: Boolean(input.clientSecret),
        defaultRole: role.label,
        jitProvisioning: input.jitProvisioning,
        idpEnforcesMfa: input.idpEnforcesMfa,
        ...(mfaWithdrawn ? { sessionsEnded } : {}),
      },
      meta: ctx.meta,
    });
    return { id: row.id, sessionsEnded };
  });
}
