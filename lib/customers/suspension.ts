import { db } from '@/lib/db';
import { sha256Hex } from '@/lib/auth/tokens';
import type { LiveSession } from '@/lib/auth/sessions';
import { DELETION_REASON, SUSPENDED_REASON, suspendedMessage } from './status';

// A suspended or pending-deletion organization holds no session: whichever request comes first after the
// change ends it (the suspend use-case ends them all at once too), and the page tells the member why.

export function isOrganizationUsable(org: { status: string } | null | undefined): boolean {
  return !org || org.status === 'ACTIVE';
}

/** Ends a session found in an organization that is no longer usable (a later sign-in path, a race). */
export async function endSessionOfUnusableOrganization(session: LiveSession, now = new Date()): Promise<void> {
  const reason = session.organization?.status === 'PENDING_DELETION' ? DELETION_REASON : SUSPENDED_REASON;
  await db().session.updateMany({
    where: { id: session.id, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
}

export interface SuspensionNotice {
  organizationName: string;
  status: 'SUSPENDED' | 'PENDING_DELETION';
  message: string;
}

/**
 * Why the session behind this cookie token ended, when it ended because its organization was suspended or
 * scheduled for deletion: for the /suspended page and the redirect to it. Null otherwise.
 */
export async function suspensionOfSessionToken(token: string): Promise<SuspensionNotice | null> {
  const session = await db().session.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { revokedReason: true, organization: { select: { name: true, status: true } } },
  });
  const org = session?.organization;
  if (!org || org.status === 'ACTIVE') return null;
  if (session.revokedReason !== SUSPENDED_REASON && session.revokedReason !== DELETION_REASON) return null;
  return { organizationName: org.name, status: org.status, message: suspendedMessage(org) };
}
