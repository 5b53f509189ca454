import { assertSignedIn } from '@/lib/access/can';
import { roleLabelOf } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Most recent events included; older ones are in the organizations' audit logs. */
export const MY_DATA_AUDIT_LIMIT = 10_000;

/**
 * "Download my data": the signed-in user's profile, memberships, sessions, second-factor metadata (never
 * a secret, hash or public key) and the audit events they caused or that concern them, as JSON. The
 * download itself is audited.
 */
export async function exportMyData(ctx: Ctx): Promise<{ filename: string; json: string }> {
  assertSignedIn(ctx);
  if (ctx.session.supportGrant) throw new AppError('SUPPORT_SESSION_OWN_ACCOUNT_EXPORT');
  const userId = ctx.session.user.id;
  const now = new Date();
  const [user, memberships, sessions, totp, recoveryCodes, passkeys, events] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId } }),
    db().membership.findMany({
      where: { userId },
      include: {
        organization: { select: { id: true, name: true, slug: true, kind: true } },
        customRole: { select: { id: true, name: true, permissions: true } },
      },
      orderBy: { createdAt: 'asc' },
    }),
    db().session.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: 500 }),
    db().totpFactor.findUnique({ where: { userId } }),
    db().recoveryCode.findMany({ where: { userId }, select: { usedAt: true, createdAt: true } }),
    db().webAuthnCredential.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
    db().auditEvent.findMany({
      where: { OR: [{ actorId: userId }, { targetType: 'user', targetId: userId }] },
      orderBy: { occurredAt: 'desc' },
      take: MY_DATA_AUDIT_LIMIT + 1,
    }),
  ]);
  const data = {
    format: 'trust-center/my-data',
    version: 1,
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      status: user.status,
      hasPassword: !!user.passwordHash,
      passwordChangedAt: user.passwordChangedAt,
      lastSignInAt: user.lastSignInAt,
      createdAt: user.createdAt,
    },
    memberships: memberships.map((m) => ({
      organization: m.organization,
      role: roleLabelOf(m) ?? m.role,
      deactivatedAt: m.deactivatedAt,
      since: m.createdAt,
    })),
    sessions: sessions.map((s) => ({
      id: s.id,
      organizationId: s.organizationId,
      ip: s.ip,
      userAgent: s.userAgent,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt,
      revokedReason: s.revokedReason,
      current: s.id === ctx.session.sessionId,
    })),
    secondFactors: {
      authenticatorApp: totp
        ? {
            confirmedAt: totp.confirmedAt,
            lastUsedAt: totp.lastUsedAt,
            createdAt: totp.createdAt,
            algorithm: totp.algorithm,
            digits: totp.digits,
          }
        : null,
      recoveryCodes: { total: recoveryCodes.length, unused: recoveryCodes.filter((c) => !c.usedAt).length },
      passkeys: passkeys.map((p) => ({
        name: p.name,
        deviceType: p.deviceType,
        backedUp: p.backedUp,
        createdAt: p.createdAt,
        lastUsedAt: p.lastUsedAt,
      })),
    },
    auditEvents: events.slice(0, MY_DATA_AUDIT_LIMIT).map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt,
      organizationId: e.organizationId,
      action: e.action,
      outcome: e.outcome,
      actor: { type: e.actorType, id: e.actorId, label: e.actorLabel },
      target: { type: e.targetType, id: e.targetId, label: e.targetLabel },
      ip: e.ip,
      userAgent: e.userAgent,
      changes: e.changes,
    })),
    auditEventsTruncated: events.length > MY_DATA_AUDIT_LIMIT,
  };
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: ctx.session.organization?.id ?? null,
      action: 'account.data_exported',
      actor: actorOf(ctx),
      target: { type: 'user', id: userId, label: user.email },
      changes: { memberships: memberships.length, sessions: sessions.length, auditEvents: data.auditEvents.length },
      meta: ctx.meta,
    }),
  );
  return { filename: `my-data-${now.toISOString().slice(0, 10)}.json`, json: JSON.stringify(data, null, 2) };
}
