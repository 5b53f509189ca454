import { authorize } from '@/lib/access/authorize';
import { auditRefusals, Refusal } from '@/lib/access/refusal';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findMember, lockMembers, type CtxOrganization, type MemberRow } from './member-rules';

export interface MemberChange {
  tx: Prisma.TransactionClient;
  member: MemberRow;
  org: CtxOrganization;
  signedIn: SignedInCtx;
}

/**
 * The frame of every change to one member: users:manage first, the session's organization (another
 * organization's user is NOT_FOUND, R25), one transaction holding the members lock, and refusals audited.
 * The change itself — its rules, the update and its audit event — runs inside, in the same transaction.
 */
export async function changeMember<T>(ctx: Ctx, userId: string, change: (c: MemberChange) => Promise<T>): Promise<T> {
  const signedIn = await authorize(ctx, 'users:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'user', id: userId }, () =>
    db().$transaction(async (tx) => {
      await lockMembers(tx, org.id);
      const member = await findMember(tx, org.id, userId);
      return change({ tx, member, org, signedIn });
    }),
  );
}

/** Nobody deactivates or removes themselves: another administrator must. */
export function refuseSelf(signedIn: SignedInCtx, member: MemberRow, verb: string): void {
  if (member.userId === signedIn.session.user.id) throw new Refusal('self', 'MEMBER_CHANGE_SELF', { verb });
}
