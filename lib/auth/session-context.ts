import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership, roleLabelOf, roleRefOf } from '@/lib/access/role-permissions';
import type { SessionContext } from '@/lib/context';
import { db } from '@/lib/db';
import { supportSessionContext } from '@/lib/support-access/support-session-context';
import { resolveSession } from './sessions';

/**
 * Everything a request needs to know about its user, from the session token, read fresh each time: a
 * revoked session, a deactivated user or a changed role takes effect on the very next request (R20).
 */
export async function loadSessionContext(token: string): Promise<SessionContext | null> {
  const found = await resolveSession(token);
  if (!('session' in found)) return null;
  const { session } = found;
  // A vendor staff member inside a customer's account: permissions come from the grant, checked afresh.
  if (session.supportGrantId) return supportSessionContext(session);
  // One query: the membership with its custom role, if any (lib/access/role-permissions.ts).
  const row = session.organizationId
    ? await db().membership.findUnique({
        where: { userId_organizationId: { userId: session.userId, organizationId: session.organizationId } },
        include: MEMBERSHIP_ROLE_INCLUDE,
      })
    : null;
  // A member deactivated in this organization holds nothing here (their sessions were ended too).
  const membership = row && !row.deactivatedAt ? row : null;
  return {
    sessionId: session.id,
    user: { id: session.user.id, email: session.user.email, name: session.user.name },
    organization:
      session.organization && membership
        ? { id: session.organization.id, slug: session.organization.slug, name: session.organization.name, kind: session.organization.kind }
        : null,
    role: membership ? roleRefOf(membership) : null,
    permissions: permissionsOfMembership(membership),
    reauthenticatedAt: session.reauthenticatedAt,
    roleLabel: roleLabelOf(membership),
    supportGrant: null,
  };
}
