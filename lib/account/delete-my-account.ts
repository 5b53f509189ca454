import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { lockMembers } from '@/lib/users/member-rules';
import type { TDeleteMyAccount } from '@/lib/validation/signup';
import { accountEmails } from './emails';
import { assertCurrentPassword } from './password-check';

/**
 * Deletes the signed-in user's account: the current password again (R23) and the address typed out.
 * Refused, with the reason, while the user is the last active Owner of an organization — someone must
 * always be able to run it. Sessions, factors and memberships go with the account; the audit chains keep
 * the events (one "account deleted" per organization the user belonged to).
 */
export async function deleteMyAccount(ctx: Ctx, input: TDeleteMyAccount): Promise<{ deleted: true }> {
  assertSignedIn(ctx);
  const user = await assertCurrentPassword(ctx, input.password);
  if (input.confirmEmail !== user.email) {
    throw new AppError('VALIDATION', undefined, {
      confirmEmail: [fieldMessage('CONFIRM_EMAIL', { email: user.email })],
    });
  }
  const now = new Date();
  const { brand } = getConfig();
  const refusal = await db().$transaction(async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { userId: user.id },
      include: { organization: { select: { id: true, name: true } } },
      orderBy: { createdAt: 'asc' },
    });
    for (const m of memberships) await lockMembers(tx, m.organizationId);
    const lastOwnerOf: { id: string; name: string }[] = [];
    for (const m of memberships) {
      if (m.role !== 'owner' || m.deactivatedAt) continue;
      const otherOwners = await tx.membership.count({
        where: {
          organizationId: m.organizationId,
          role: 'owner',
          deactivatedAt: null,
          userId: { not: user.id },
          user: { status: 'ACTIVE' },
        },
      });
      if (otherOwners === 0) lastOwnerOf.push(m.organization);
    }
    if (lastOwnerOf.length) {
      const names = lastOwnerOf.map((o) => o.name).join(', ');
      await recordAudit(tx, {
        organizationId: lastOwnerOf[0]!.id,
        action: 'account.deletion_refused',
        actor: actorOf(ctx),
        outcome: 'DENIED',
        target: { type: 'user', id: user.id, label: user.email },
        changes: { reason: 'last owner', organizations: lastOwnerOf.map((o) => o.name) },
        meta: ctx.meta,
      });
      return { names };
    }
    for (const organizationId of memberships.length ? memberships.map((m) => m.organizationId) : [null]) {
      await recordAudit(tx, {
        organizationId,
        action: 'account.deleted',
        actor: actorOf(ctx),
        target: { type: 'user', id: user.id, label: user.email },
        changes: { before: { email: user.email, name: user.name, status: 'active' }, after: null },
        meta: ctx.meta,
      });
    }
    await tx.user.delete({ where: { id: user.id } });
    await enqueueMail(tx, {
      to: user.email,
      template: 'accountDeleted',
      rendered: accountEmails.accountDeleted({ brand: brand.name, name: user.name, when: now.toUTCString() }),
    });
    return null;
  });
  // The refusal's audit event commits; the refusal itself is the answer.
  if (refusal) throw new AppError('ACCOUNT_DELETION_LAST_OWNER', refusal);
  return { deleted: true };
}
