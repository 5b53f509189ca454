import { permissionsOfRole } from '@/lib/access/permissions';
import type { SessionContext } from '@/lib/context';
import { db } from '@/lib/db';
import { resolveSession } from './sessions';

/**
 * Everything a request needs to know about its user, from the session token, read fresh each time: a
 * revoked session, a deactivated user or a changed role takes effect on the very next request (R20).
 */
export async function loadSessionContext(token: string): Promise<SessionContext | null> {
  const found = await resolveSession(token);
  if (!('session' in found)) return null;
  const { session } = found;
  const membership = session.organizationId
    ? await db().membership.findUnique({
        where: { userId_organizationId: { userId: session.userId, organizationId: session.organizationId } },
      })
    : null;
  return {
    sessionId: session.id,
    user: { id: session.user.id, email: session.user.email, name: session.user.name },
    organization:
      session.organization && membership
        ? { id: session.organization.id, slug: session.organization.slug, name: session.organization.name, kind: session.organization.kind }
        : null,
    role: membership?.role ?? null,
    permissions: permissionsOfRole(membership?.role ?? ''),
    reauthenticatedAt: session.reauthenticatedAt,
  };
}
