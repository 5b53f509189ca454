import { recordAudit } from '@/lib/audit/record';
import { sha256Hex } from '@/lib/auth/tokens';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { ErrorReason } from '@/lib/errors';

// What a sign-up link is worth right now (a pure lookup), and the one record of a refused link.

export type SignupLinkState =
  | { state: 'open'; id: string; email: string; expiresAt: Date }
  | { state: 'unknown' | 'expired' | 'used' | 'account-exists'; id: string | null; email: string | null };

export async function lookupSignupLink(token: string, now = new Date()): Promise<SignupLinkState> {
  const row = await db().signupVerification.findUnique({ where: { tokenHash: sha256Hex(token) } });
  if (!row) return { state: 'unknown', id: null, email: null };
  if (row.usedAt) return { state: 'used', id: row.id, email: row.email };
  if (row.expiresAt <= now) return { state: 'expired', id: row.id, email: row.email };
  const existing = await db().user.findUnique({ where: { email: row.email }, select: { id: true } });
  if (existing) return { state: 'account-exists', id: row.id, email: row.email };
  return { state: 'open', id: row.id, email: row.email, expiresAt: row.expiresAt };
}

/** Words a person can act on, for each way a link can fail. */
export const SIGNUP_LINK_REASONS = {
  unknown: 'SIGNUP_LINK_UNKNOWN',
  expired: 'SIGNUP_LINK_EXPIRED',
  used: 'SIGNUP_LINK_USED',
  'account-exists': 'SIGNUP_ACCOUNT_EXISTS',
} as const satisfies Record<Exclude<SignupLinkState['state'], 'open'>, ErrorReason>;

/** Records a refused sign-up link (wrong, used, expired, or the address has an account) in the global chain. */
export async function auditRefusedLink(
  ctx: Ctx,
  link: Exclude<SignupLinkState, { state: 'open' }>,
  step: 'opened' | 'completion',
): Promise<void> {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: null,
      action: 'signup.link_refused',
      actor: { type: 'ANONYMOUS', id: null, label: null },
      outcome: 'FAILURE',
      target: { type: 'signup', id: link.id, label: link.email },
      changes: { reason: link.state, step },
      meta: ctx.meta,
    }),
  );
}
