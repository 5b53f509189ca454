import { sha256Hex } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// The state between a correct password and a second factor: a SECOND_FACTOR sign-in ticket (single use,
// hashed, 10 minutes, bound to this attempt's user). Only the second step turns it into a SESSION ticket.

export const expiredSignIn = () => new AppError('SIGN_IN_EXPIRED');

export async function findPendingSignIn(ticket: string) {
  const row = await db().signInTicket.findUnique({ where: { tokenHash: sha256Hex(ticket) }, include: { user: true } });
  if (
    !row ||
    row.step !== 'SECOND_FACTOR' ||
    row.consumedAt ||
    row.expiresAt <= new Date() ||
    row.user.status !== 'ACTIVE'
  ) {
    throw expiredSignIn();
  }
  return row;
}

/** Consumes the pending ticket exactly once (two racing second steps produce one session). */
export async function claimPendingSignIn(tx: Prisma.TransactionClient, id: string): Promise<void> {
  const now = new Date();
  const claimed = await tx.signInTicket.updateMany({
    where: { id, step: 'SECOND_FACTOR', consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (claimed.count !== 1) throw expiredSignIn();
}
