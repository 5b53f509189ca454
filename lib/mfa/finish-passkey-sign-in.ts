import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { userActor } from '@/lib/auth/actor';
import { issueSignInTicket } from '@/lib/auth/sign-in-ticket';
import type { Ctx } from '@/lib/context';
import { suspendedError } from '@/lib/customers/status';
import { refuseIfSsoRequired } from '@/lib/sso/refuse-local-sign-in';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume, minutesText, peek } from '@/lib/security/rate-limit';
import type { ZPasskeySignInSchema } from '@/lib/validation/mfa';
import type { SignInCompletion } from './complete-second-factor';
import { enrolmentGuidance } from './enrolment';
import { verifyPasskeyAssertion } from './passkey-assertion';

const failed = () => new AppError('PASSKEY_SIGN_IN_FAILED');

/**
 * Passwordless sign-in: a user-verified assertion from a discoverable credential is both factors at once
 * (possession plus PIN or biometrics), so it yields a SESSION ticket directly.
 */
export async function finishPasskeySignIn(
  ctx: Ctx,
  input: z.output<typeof ZPasskeySignInSchema>,
): Promise<SignInCompletion> {
  const ipKey = ctx.meta.ip ?? 'unknown';
  const state = await peek('passkeySignInPerIp', ipKey);
  if (state.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(state.retryAfterSeconds) });

  const result = await verifyPasskeyAssertion(input.response as unknown as AuthenticationResponseJSON, {
    ceremony: 'PASSWORDLESS',
  });
  const owner = result.credential
    ? await db().user.findUnique({
        where: { id: result.credential.userId },
        include: {
          memberships: {
            where: { deactivatedAt: null },
            orderBy: { createdAt: 'asc' },
            include: { organization: { select: { id: true, name: true, status: true } } },
          },
        },
      })
    : null;
  // A suspended or pending-deletion organization is skipped; with nothing else, sign-in is refused below.
  const usable = owner?.memberships.filter((m) => m.organization.status === 'ACTIVE') ?? [];
  const organizationId = usable[0]?.organizationId ?? owner?.memberships[0]?.organizationId ?? null;

  if (!result.ok || !owner || owner.status !== 'ACTIVE') {
    await consume('passkeySignInPerIp', ipKey);
    const reason = !result.ok ? result.reason : 'account deactivated';
    await db().$transaction(async (tx) => {
      // One event per attempt; a counter going backwards (a cloned authenticator?) is that event.
      const regression = reason === 'counter-regression';
      await recordAudit(tx, {
        organizationId,
        action: regression ? 'mfa.passkey.counter_regression' : 'auth.passkey.failed',
        actor: owner ? userActor(owner) : { type: 'ANONYMOUS', id: null, label: null },
        target: result.credential
          ? { type: 'webauthn_credential', id: result.credential.id, label: result.credential.name }
          : undefined,
        outcome: regression ? 'DENIED' : 'FAILURE',
        changes: { reason },
        meta: ctx.meta,
      });
    });
    if (reason === 'account deactivated') throw new AppError('ACCOUNT_DISABLED');
    throw failed();
  }

  const suspended =
    usable.length === 0 ? owner.memberships.find((m) => m.organization.status !== 'ACTIVE')?.organization : undefined;
  if (suspended) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: suspended.id,
        action: 'customer.access_refused',
        actor: userActor(owner),
        target: { type: 'user', id: owner.id, label: owner.email },
        outcome: 'DENIED',
        changes: { reason: 'passkey sign-in to a suspended organization' },
        meta: ctx.meta,
      }),
    );
    throw suspendedError(suspended);
  }

  await refuseIfSsoRequired(ctx, owner, 'passkey');
  const credential = result.credential;
  return db().$transaction(async (tx) => {
    const ticket = await issueSignInTicket(tx, { userId: owner.id, organizationId, step: 'SESSION', meta: ctx.meta });
    await recordAudit(tx, {
      organizationId,
      action: 'auth.passkey.succeeded',
      actor: userActor(owner),
      target: { type: 'webauthn_credential', id: credential.id, label: credential.name },
      meta: ctx.meta,
    });
    return { ticket, enrol: await enrolmentGuidance(tx, owner.id, organizationId) };
  });
}
