import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership } from '@/lib/access/role-permissions';
import { recordAudit } from '@/lib/audit/record';
import type { LiveSession } from '@/lib/auth/sessions';
import type { SessionContext } from '@/lib/context';
import { db } from '@/lib/db';
import { grantEndReason, supportSessionPermissions } from './grant-rules';

/**
 * The context of a vendor staff member's support session, checked on every request: the grant must still
 * be live (not revoked, not expired, for this person) and the person must still be support staff. If not,
 * the session ends here and now — an expired or revoked grant stops access on the very next request.
 */
export async function supportSessionContext(session: LiveSession, now = new Date()): Promise<SessionContext | null> {
  const prisma = db();
  const [grant, vendorMemberships] = await Promise.all([
    prisma.supportGrant.findUnique({ where: { id: session.supportGrantId! } }),
    prisma.membership.findMany({
      where: { userId: session.userId, deactivatedAt: null, organization: { kind: 'VENDOR' } },
      include: MEMBERSHIP_ROLE_INCLUDE,
    }),
  ]);
  const isStaff = vendorMemberships.some((m) => permissionsOfMembership(m).has('support:act'));
  const reason =
    grantEndReason(grant, { userId: session.userId, organizationId: session.organizationId, now }) ??
    (isStaff ? null : 'no longer support staff');
  if (reason || !grant || !session.organization) {
    await endSupportSession(session, reason ?? 'unknown', now);
    return null;
  }
  return {
    sessionId: session.id,
    user: { id: session.user.id, email: session.user.email, name: session.user.name },
    // The customer's own rules (its panel IP allowlist, for one) apply to staff inside its account too.
    organization: {
      id: session.organization.id,
      slug: session.organization.slug,
      name: session.organization.name,
      kind: session.organization.kind,
      ipAccessVersion: session.organization.ipAccessVersion,
    },
    role: null,
    permissions: supportSessionPermissions(grant),
    reauthenticatedAt: session.reauthenticatedAt,
    roleLabel: `Vendor support · ${grant.scopeLabel}`,
    supportGrant: {
      id: grant.id,
      reference: grant.reference,
      organizationName: session.organization.name,
      scopeLabel: grant.scopeLabel,
      readOnly: grant.readOnly,
      expiresAt: grant.expiresAt,
    },
  };
}

async function endSupportSession(session: LiveSession, reason: string, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: `support grant ${reason}` },
    });
    // Only the request that actually ended it records it, however many arrive at once.
    if (ended.count !== 1) return;
    await recordAudit(tx, {
      organizationId: session.organizationId,
      action: 'support_access.session_ended',
      actor: { type: 'SYSTEM', id: null, label: 'support access' },
      target: { type: 'session', id: session.id, label: session.user.email },
      changes: { grantId: session.supportGrantId, reason },
      meta: { ip: session.ip, userAgent: session.userAgent, requestId: null },
    });
  });
}
