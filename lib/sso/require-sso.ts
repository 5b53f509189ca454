import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

// "Require SSO": password and passkey sign-in are refused to the organization's members, except owners
// marked break-glass, of whom at least one must remain (like the IP lockout guard: an IdP outage must
// not lock the organization out). Turning it on ends the other sessions of every affected member.

async function breakGlassOwners(tx: Prisma.TransactionClient, organizationId: string) {
  return tx.membership.count({
    where: { organizationId, role: 'owner', ssoBreakGlass: true, deactivatedAt: null, user: { status: 'ACTIVE' } },
  });
}

export async function setRequireSso(ctx: Ctx, input: { enabled: boolean }) {
  const auth = await authorize(ctx, 'sso:manage', { sudo: true });
  const organizationId = auth.organization.id;
  return db().$transaction(async (tx) => {
    const connection = await tx.ssoConnection.findUnique({ where: { organizationId } });
    if (!connection) throw new AppError('SSO_CONNECTION_MISSING');
    if (connection.requireSso === input.enabled) return { enabled: input.enabled, sessionsEnded: 0 };
    let sessionsEnded = 0;
    if (input.enabled) {
      const domains = await tx.ssoDomain.count({ where: { organizationId, verifiedAt: { not: null } } });
      if (!domains) throw new AppError('SSO_REQUIRE_NEEDS_DOMAIN');
      if (!(await breakGlassOwners(tx, organizationId))) throw new AppError('SSO_BREAK_GLASS_LAST');
      const affected = await tx.membership.findMany({
        where: { organizationId, NOT: { role: 'owner', ssoBreakGlass: true } },
        select: { userId: true },
      });
      // Sessions that did not come through SSO end now; this admin's own session stays.
      const ended = await tx.session.updateMany({
        where: {
          userId: { in: affected.map((m) => m.userId) },
          organizationId,
          revokedAt: null,
          ssoConnectionId: null,
          id: { not: auth.session.sessionId },
        },
        data: { revokedAt: new Date(), revokedReason: 'single sign-on required' },
      });
      sessionsEnded = ended.count;
    }
    await tx.ssoConnection.update({ where: { id: connection.id }, data: { requireSso: input.enabled } });
    await recordAudit(tx, {
      organizationId,
      action: 'sso.require_sso.changed',
      actor: auth.actor,
      target: { type: 'sso_connection', id: connection.id, label: connection.issuer },
      changes: { requireSso: { before: connection.requireSso, after: input.enabled }, sessionsEnded },
      meta: ctx.meta,
    });
    return { enabled: input.enabled, sessionsEnded };
  });
}

export async function setBreakGlass(ctx: Ctx, input: { userId: string; breakGlass: boolean }) {
  const auth = await authorize(ctx, 'sso:manage', { sudo: true });
  const organizationId = auth.organization.id;
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { organizationId, userId: input.userId },
      include: { user: { select: { email: true } } },
    });
    if (!membership) throw new AppError('NOT_FOUND');
    if (membership.role !== 'owner' && input.breakGlass) throw new AppError('SSO_BREAK_GLASS_OWNER_ONLY');
    if (membership.ssoBreakGlass === input.breakGlass) return { breakGlass: input.breakGlass };
    await tx.membership.update({ where: { id: membership.id }, data: { ssoBreakGlass: input.breakGlass } });
    const connection = await tx.ssoConnection.findUnique({ where: { organizationId } });
    if (connection?.requireSso && !input.breakGlass && !(await breakGlassOwners(tx, organizationId)))
      throw new AppError('SSO_BREAK_GLASS_LAST');
    await recordAudit(tx, {
      organizationId,
      action: 'sso.break_glass.changed',
      actor: auth.actor,
      target: { type: 'user', id: input.userId, label: membership.user.email },
      changes: { breakGlass: { before: membership.ssoBreakGlass, after: input.breakGlass } },
      meta: ctx.meta,
    });
    return { breakGlass: input.breakGlass };
  });
}

/**
 * The organization whose "Require SSO" refuses this user's password or passkey sign-in, or null.
 * Any active membership in such an organization counts, unless it is a break-glass owner's.
 */
export async function ssoRequiredFor(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<{ organizationId: string; organizationName: string } | null> {
  const m = await tx.membership.findFirst({
    where: {
      userId,
      deactivatedAt: null,
      organization: { ssoConnection: { requireSso: true } },
      NOT: { role: 'owner', ssoBreakGlass: true },
    },
    select: { organizationId: true, organization: { select: { name: true } } },
  });
  return m ? { organizationId: m.organizationId, organizationName: m.organization.name } : null;
}
