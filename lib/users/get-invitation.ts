import { roleLabelOf } from '@/lib/access/role-permissions';
import { sha256Hex } from '@/lib/auth/tokens';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { consume, peek } from '@/lib/security/rate-limit';

export type InvitationViewDTO =
  | { state: 'invalid' | 'rate-limited' }
  | {
      state: 'open';
      organizationName: string;
      invitedBy: string;
      email: string;
      roleLabel: string;
      expiresAt: string;
      /** An account with the invited email exists: accepting needs a sign-in as that account. */
      accountExists: boolean;
      /** Who is signed in on this browser, if anyone. */
      signedInAs: string | null;
    };

/**
 * What the invitation page shows for a link. Unknown, used, revoked and expired links all read as
 * invalid; a wrong guess counts against the address's limit (R9), a valid link does not.
 */
export async function getInvitation(ctx: Ctx, input: { token: string }): Promise<InvitationViewDTO> {
  const ipKey = ctx.meta.ip ?? 'unknown';
  if ((await peek('invitationAcceptPerIp', ipKey)).limited) return { state: 'rate-limited' };
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: sha256Hex(input.token) },
    include: {
      organization: { select: { name: true } },
      customRole: { select: { id: true, name: true, permissions: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
    await consume('invitationAcceptPerIp', ipKey);
    return { state: 'invalid' };
  }
  const account = await db().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    state: 'open',
    organizationName: invitation.organization.name,
    invitedBy: invitation.invitedByLabel,
    email: invitation.email,
    roleLabel: roleLabelOf(invitation) ?? invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    accountExists: Boolean(account),
    signedInAs: ctx.session?.user.email ?? null,
  };
}
