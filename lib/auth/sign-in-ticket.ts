import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import type { RequestMeta } from '@/lib/request-context';
import { getConfig } from '@/lib/config';
import { renderMail } from '@/lib/mail/render';
import { notify } from '@/lib/notifications/notify';
import { createSession } from './sessions';
import { describeUserAgent } from './sessions-dto';
import { randomToken, sha256Hex } from './tokens';

const TTL_MS = { SESSION: 2 * 60_000, SECOND_FACTOR: 10 * 60_000 } as const;

export async function issueSignInTicket(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    organizationId: string | null;
    step: 'SESSION' | 'SECOND_FACTOR';
    meta: RequestMeta;
    /**
     * Signed in through an SSO connection: carried onto the session for back-channel logout; `mfa` says why
     * the IdP's MFA stands for our second factor ("amr" asserted, "connection" enforced), if it does.
     */
    sso?: { connectionId: string; subject: string; sid: string | null; mfa?: 'amr' | 'connection' | null };
  },
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
      ssoConnectionId: input.sso?.connectionId ?? null,
      ssoSubject: input.sso?.subject ?? null,
      ssoSid: input.sso?.sid ?? null,
      ssoMfa: input.sso?.mfa ?? null,
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
    const row = await tx.signInTicket.findUniqueOrThrow({
      where: { tokenHash: sha256Hex(ticket) },
      include: { user: true },
    });
    if (row.user.status !== 'ACTIVE') return null;
    const previous = await tx.session.findMany({
      where: { userId: row.userId },
      select: { userAgent: true },
      take: 200,
      orderBy: { createdAt: 'desc' },
    });
    const device = describeUserAgent(row.userAgent);
    const newDevice = previous.length > 0 && !previous.some((p) => describeUserAgent(p.userAgent) === device);
    const { token, sessionId } = await createSession(tx, {
      userId: row.userId,
      organizationId: row.organizationId,
      ip: row.ip,
      userAgent: row.userAgent,
      sso: row.ssoConnectionId
        ? { connectionId: row.ssoConnectionId, subject: row.ssoSubject, sid: row.ssoSid, mfa: row.ssoMfa }
        : undefined,
    });
    await tx.user.update({ where: { id: row.userId }, data: { lastSignInAt: now } });
    await recordAudit(tx, {
      organizationId: row.organizationId,
      action: 'auth.signin.succeeded',
      actor: { type: 'USER', id: row.user.id, label: row.user.email },
      target: { type: 'session', id: sessionId },
      meta: { ip: row.ip, userAgent: row.userAgent, requestId: null },
    });
    if (newDevice) {
      const { brand } = getConfig();
      await notify(tx, {
        event: 'auth.new_device',
        organizationId: row.organizationId,
        userId: row.userId,
        title: `New sign-in: ${device}`,
        body: `Your account was signed in to from ${device}${row.ip ? ` at ${row.ip}` : ''}. If this was not you, end that session and change your password.`,
        link: '/account/security#sessions',
        email: (r) =>
          renderMail({
            brand: brand.name,
            subject: `New sign-in to your ${brand.name} account`,
            paragraphs: [
              `Hello ${r.name},`,
              `Your account was just signed in to from ${device}${row.ip ? ` at ${row.ip}` : ''}.`,
              'If this was you, there is nothing to do. If not, end that session in your account security settings and change your password.',
            ],
            action: {
              label: 'Review your sessions',
              url: new URL('/account/security#sessions', getConfig().appUrl).toString(),
            },
          }),
      });
    }
    return { userId: row.userId, sessionToken: token };
  });
}
