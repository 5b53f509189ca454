import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { actorOf } from './actor';
import { verifyPassword } from './password-hash';
import { createSession, revokeSessionsWhere } from './sessions';

/**
 * "Sudo mode": the password again opens 10 minutes for sensitive changes (R23). The session id rotates
 * at this privilege change (R18): the caller must set the returned token as the new cookie.
 */
export async function reauthenticate(ctx: Ctx, input: { password: string }): Promise<{ sessionToken: string }> {
  assertSignedIn(ctx);
  const { session } = ctx;
  const user = await db().user.findUniqueOrThrow({ where: { id: session.user.id } });
  const ok = !!user.passwordHash && (await verifyPassword(user.passwordHash, input.password));
  if (!ok) await refuseWrongPassword(ctx);
  return rotateAtReauthentication(ctx, { method: 'password' });
}

/**
 * The proof is given (the password here, or a fresh sign-in at the SSO identity provider in
 * lib/sso/reauthenticate-with-sso.ts): a new session id with `reauthenticatedAt` now, the old one revoked.
 */
export async function rotateAtReauthentication(
  ctx: SignedInCtx,
  proof: { method: 'password' | 'sso'; connectionId?: string },
): Promise<{ sessionToken: string }> {
  const { session } = ctx;
  return db().$transaction(async (tx) => {
    const old = await tx.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    const { token, sessionId } = await createSession(tx, {
      userId: old.userId,
      organizationId: old.organizationId,
      ip: ctx.meta.ip ?? old.ip,
      userAgent: ctx.meta.userAgent ?? old.userAgent,
      reauthenticated: true,
      // An SSO session stays one: back-channel logout must still find it, and its IdP MFA still counts.
      sso: old.ssoConnectionId
        ? { connectionId: old.ssoConnectionId, subject: old.ssoSubject, sid: old.ssoSid, mfa: old.ssoMfa }
        : undefined,
    });
    // Keep the original sign-in time's absolute limit: re-authenticating must not extend a session forever.
    // A support session stays one (and keeps the grant's end) across re-authentication.
    await tx.session.update({
      where: { id: sessionId },
      data: { expiresAt: old.expiresAt, createdAt: old.createdAt, supportGrantId: old.supportGrantId },
    });
    await revokeSessionsWhere(tx, { id: old.id }, 'rotated at re-authentication');
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'auth.reauth.succeeded',
      actor: actorOf(ctx),
      target: { type: 'session', id: sessionId },
      changes: {
        previousSession: old.id,
        ...(proof.method === 'sso' ? { method: 'single sign-on', connectionId: proof.connectionId } : {}),
      },
      meta: ctx.meta,
    });
    return { sessionToken: token };
  });
}

/**
 * A wrong password at re-authentication (the sudo dialog, or a form that asks for it in place): counts
 * against the session's limit, is audited, and answers which of the two it was.
 */
export async function refuseWrongPassword(ctx: SignedInCtx): Promise<never> {
  const { session } = ctx;
  const limit = await consume('reauthPerSession', session.sessionId);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'auth.reauth.failed',
      actor: actorOf(ctx),
      target: { type: 'session', id: session.sessionId },
      outcome: 'FAILURE',
      meta: ctx.meta,
    }),
  );
  if (limit.limited) throw new AppError('WRONG_PASSWORDS_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });
  throw new AppError('VALIDATION', undefined, { password: [fieldMessage('PASSWORD_WRONG')] });
}
