import { findMembershipRole, permissionsOfMembership, roleLabelOf, roleRefOf } from '@/lib/access/role-permissions';
import type { SessionContext } from '@/lib/context';
import { db } from '@/lib/db';
import { mustEnrolNow } from '@/lib/mfa/enrolment';
import { supportSessionContext } from '@/lib/support-access/support-session-context';
import { endSessionOfUnusableOrganization, isOrganizationUsable } from '@/lib/customers/suspension';
import { resolveSession } from './sessions';

/**
 * Everything a request needs to know about its user, from the session token, read fresh each time: a
 * revoked session, a deactivated user or a changed role takes effect on the very next request (R20).
 */
export async function loadSessionContext(token: string): Promise<SessionContext | null> {
  const found = await resolveSession(token);
  if (!('session' in found)) return null;
  const { session } = found;
  // A suspended or pending-deletion organization reads and changes nothing: its sessions end here.
  if (!isOrganizationUsable(session.organization)) {
    await endSessionOfUnusableOrganization(session);
    return null;
  }
  // A vendor staff member inside a customer's account: permissions come from the grant, checked afresh.
  if (session.supportGrantId) return supportSessionContext(session);
  // One query: the membership joined with its custom role, if any (lib/access/role-permissions.ts).
  const row = session.organizationId ? await findMembershipRole(db(), session.userId, session.organizationId) : null;
  // A member deactivated in this organization holds nothing here (their sessions were ended too).
  const membership = row && !row.deactivatedAt ? row : null;
  // Two-factor required, grace period over, no factor yet: this session may only enrol (lib/mfa/policy.ts).
  // An SSO session whose MFA the identity provider asserted or enforces (ssoMfa) meets the policy already.
  const mfaEnrolmentRequired = !!(
    membership &&
    session.organization &&
    !session.ssoMfa &&
    (await mustEnrolNow(session.userId, session.organization))
  );
  return {
    sessionId: session.id,
    user: { id: session.user.id, email: session.user.email, name: session.user.name },
    organization:
      session.organization && membership
        ? {
            id: session.organization.id,
            slug: session.organization.slug,
            name: session.organization.name,
            kind: session.organization.kind,
            ipAccessVersion: session.organization.ipAccessVersion,
          }
        : null,
    role: membership ? roleRefOf(membership) : null,
    permissions: mfaEnrolmentRequired ? new Set() : permissionsOfMembership(membership, session.organization?.kind),
    mfaEnrolmentRequired,
    reauthenticatedAt: session.reauthenticatedAt,
    roleLabel: roleLabelOf(membership),
    supportGrant: null,
  };
}
