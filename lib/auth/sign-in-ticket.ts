import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import type { RequestMeta } from '@/lib/request-context';
import { createSession } from './sessions';
import { randomToken, sha256Hex } from './tokens';

const TTL_MS = { SESSION: 2 * 60_000, SECOND_FACTOR: 10 * 60_000 } as const;

export async function issueSignInTicket(
  tx: Prisma.TransactionClient,
  input: { userId: string; organizationId: string | null; step: 'SESSION' | 'SECOND_FACTOR'; meta: RequestMeta },
): Promise<string> {
  const token = randomToken(32);
  await tx.signInTicket.create({
    data: {
      tokenHash: sha256Hex(token),
      userId: input.userId,
      organizationId: input.organizationId,
      step: input.step,
      ip: input.meta.ip,
      userAgent: input.meta.userAgent,
      expiresAt: new Date(Date.now() + TTL_MS[input.step]),
    },
  });
  return token;
}

/**
 * Turns a SESSION ticket into a server-side session, once: the conditional update makes two racing
 * redemptions produce one session. Called by next-auth's Credentials provider.
 */
export async function redeemSignInTicket(ticket: string): Promise<{ userId: string; sessionToken: string } | null> {
  if (typeof ticket !== 'string' || ticket.length < 20 || ticket.length > 100) return null;
  return db().$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.signInTicket.updateMany({
      where: { tokenHash: sha256Hex(ticket), step: 'SESSION', consumedAt: null, expiresAt: { gt: now } },
      data: { consumedAt: now },
    });
    if (claimed.count !== 1) return null;
    const row = await tx.signInTicket.findUniqueOrThrow({ where: { tokenHash: sha256Hex(ticket) }, include: { user: true } });
    if (row.user.status !== 'ACTIVE') return null;
    const { token, sessionId } = await createSession(tx, {
      userId: row.userId,
      organizationId: row.organizationId,
      ip: row.ip,
      userAgent: row.userAgent,
    });
    await tx.user.update({ where: { id: row.userId }, data: { lastSignInAt: now } });
    await recordAudit(tx, {
      organizationId: row.organizationId,
      action: 'auth.signin.succeeded',
      actor: { type: 'USER', id: row.user.id, label: row.user.email },
      target: { type: 'session', id: sessionId },
      meta: { ip: row.ip, userAgent: row.userAgent, requestId: null },
    });
    return { userId: row.userId, sessionToken: token };
  });
}
