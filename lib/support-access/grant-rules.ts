import crypto from 'node:crypto';
import { isPermission, isReadPermission, PERMISSION_GUIDE } from '@/lib/access/permission-guide';
import type { Permission } from '@/lib/access/permissions';

// Rules shared by granting, listing and every request of a support session, so "is this grant still
// good?" has one answer everywhere.

/** Never available to staff, whatever the grant: staff must not be able to widen or extend their own access. */
const NEVER_FOR_STAFF: ReadonlySet<Permission> = new Set(['support-access:manage']);

export const READ_ONLY_SCOPE_LABEL = 'Read-only';

/** What a support session under this grant may do: the grant's account permissions, read ones only if read-only. */
export function supportSessionPermissions(grant: {
  readOnly: boolean;
  permissions: string[];
}): ReadonlySet<Permission> {
  return new Set(
    grant.permissions
      .filter(isPermission)
      .filter((p) => PERMISSION_GUIDE[p].area === 'account' && !NEVER_FOR_STAFF.has(p))
      .filter((p) => !grant.readOnly || isReadPermission(p)),
  );
}

export interface GrantState {
  organizationId: string;
  granteeUserId: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Why a grant no longer lets this staff member into this organization, or null while it does. */
export function grantEndReason(
  grant: GrantState | null,
  opts: { userId: string; organizationId: string | null; now?: Date },
): 'revoked' | 'expired' | 'not yours' | 'unknown' | null {
  if (!grant) return 'unknown';
  if (grant.organizationId !== opts.organizationId) return 'unknown';
  if (grant.granteeUserId !== null && grant.granteeUserId !== opts.userId) return 'not yours';
  if (grant.revokedAt) return 'revoked';
  if (grant.expiresAt <= (opts.now ?? new Date())) return 'expired';
  return null;
}

export function isGrantActive(grant: GrantState, now = new Date()): boolean {
  return !grant.revokedAt && grant.expiresAt > now;
}

// Crockford's base32 (no I, L, O or U): read out over the phone without confusion. Uniqueness is the
// database's job (unique index); 40 random bits make a clash unlikely.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newGrantReference(): string {
  const chars = Array.from(crypto.randomBytes(8), (b) => ALPHABET[b & 31]).join('');
  return `SG-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}
