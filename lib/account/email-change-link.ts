import { sha256Hex } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import type { ErrorReason } from '@/lib/errors';

// What an email-change link is worth right now. Pure lookup: the use-cases decide what to record.

export type EmailChangeLinkState =
  | { state: 'open'; id: string; userId: string; oldEmail: string; newEmail: string; organizationIds: string[] }
  | {
      state: 'unknown' | 'expired' | 'used';
      id: string | null;
      userId: string | null;
      newEmail: string | null;
      organizationIds: string[];
    };

export async function lookupEmailChangeLink(token: string, now = new Date()): Promise<EmailChangeLinkState> {
  const row = await db().emailChangeRequest.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: {
      user: {
        select: {
          email: true,
          status: true,
          memberships: { select: { organizationId: true }, orderBy: { createdAt: 'asc' } },
        },
      },
    },
  });
  if (!row) return { state: 'unknown', id: null, userId: null, newEmail: null, organizationIds: [] };
  const organizationIds = row.user.memberships.map((m) => m.organizationId);
  const base = { id: row.id, userId: row.userId, newEmail: row.newEmail, organizationIds };
  // The account moved to another address since: this request is over.
  if (row.usedAt || row.user.email !== row.oldEmail || row.user.status !== 'ACTIVE') return { state: 'used', ...base };
  if (row.expiresAt <= now) return { state: 'expired', ...base };
  return { state: 'open', ...base, oldEmail: row.oldEmail };
}

export const EMAIL_CHANGE_LINK_REASONS = {
  unknown: 'EMAIL_CHANGE_LINK_UNKNOWN',
  expired: 'EMAIL_CHANGE_LINK_EXPIRED',
  used: 'EMAIL_CHANGE_LINK_USED',
} as const satisfies Record<Exclude<EmailChangeLinkState['state'], 'open'>, ErrorReason>;
