import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { recordAudit } from '@/lib/audit/record';
import { userActor } from '@/lib/auth/actor';
import { issueSignInTicket } from '@/lib/auth/sign-in-ticket';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { consume, minutesText, peek, reset } from '@/lib/security/rate-limit';
import type { TSecondFactor } from '@/lib/validation/mfa';
import { enrolmentGuidance, type EnrolmentGuidance } from './enrolment';
import { noticeCodeReused, noticeRecoveryCodeUsed } from './notices';
import { verifyPasskeyAssertion, type AssertionFailure } from './passkey-assertion';
import { claimPendingSignIn, findPendingSignIn } from './pending-sign-in';
import { consumeRecoveryCode, remainingRecoveryCodes } from './recovery-codes';
import { acceptTotpCode } from './totp-factor';

export interface SignInCompletion {
  /** A SESSION ticket for next-auth's 'ticket' provider (single use, 2 minutes). */
  ticket: string;
  enrol: EnrolmentGuidance;
}

type Failure = { reason: string; reused?: boolean; assertion?: AssertionFailure; credentialId?: string };
class SecondStepFailed extends Error {
  constructor(public readonly failure: Failure) {
    super(failure.reason);
  }
}

const WRONG = {
  totp: () => new AppError('VALIDATION', undefined, { code: [fieldMessage('TOTP_CODE_INVALID')] }),
  'recovery-code': () => new AppError('VALIDATION', undefined, { code: [fieldMessage('RECOVERY_CODE_INVALID')] }),
  webauthn: () => new AppError('SECOND_FACTOR_PASSKEY_FAILED'),
};

/**
 * Step two of sign-in: the pending SECOND_FACTOR ticket plus an authenticator code, a recovery code or a
 * passkey assertion. Rate limited per account and per address (R9); the ticket is consumed only with a
 * factor that succeeded, atomically, and exchanged for a SESSION ticket.
 */
export async function completeSecondFactor(ctx: Ctx, input: TSecondFactor): Promise<SignInCompletion> {
  const pending = await findPendingSignIn(input.ticket);
  const user = pending.user;
  const organizationId = pending.organizationId;
  const ipKey = ctx.meta.ip ?? 'unknown';
  const recovery = input.method === 'recovery-code';

  const states = await Promise.all([
    peek('secondFactorPerAccount', user.id),
    peek('secondFactorPerIp', ipKey),
    ...(recovery ? [peek('recoveryCodePerAccount', user.id)] : []),
  ]);
  const blocked = states.filter((s) => s.limited);
  if (blocked.length) throw limited(Math.max(...blocked.map((s) => s.retryAfterSeconds)));

  try {
    // A passkey's challenge is claimed in its own transaction: a failed assertion must burn it too (R16).
    let assertionCredential: { id: string; name: string } | null = null;
    if (input.method === 'webauthn') {
      const result = await verifyPasskeyAssertion(input.response as unknown as AuthenticationResponseJSON, {
        ceremony: 'SECOND_FACTOR',
        userId: user.id,
        signInTicketId: pending.id,
      });
      if (!result.ok)
        throw new SecondStepFailed({
          reason: `passkey: ${result.reason}`,
          assertion: result.reason,
          credentialId: result.credential?.id,
        });
      assertionCredential = result.credential;
    }

    const completion = await db().$transaction(async (tx) => {
      let remaining: number | null = null;
      if (input.method === 'totp') {
        const accepted = await acceptTotpCode(tx, user.id, input.code);
        if (!accepted.ok)
          throw new SecondStepFailed({
            reason: accepted.reused ? 'code already used' : 'wrong code',
            reused: accepted.reused,
          });
      } else if (input.method === 'recovery-code') {
        if (!(await consumeRecoveryCode(tx, user.id, input.code)))
          throw new SecondStepFailed({ reason: 'wrong or used recovery code' });
        remaining = await remainingRecoveryCodes(tx, user.id);
      }
      await claimPendingSignIn(tx, pending.id);
      const ticket = await issueSignInTicket(tx, {
        userId: user.id,
        organizationId,
        step: 'SESSION',
        meta: ctx.meta,
        // An SSO sign-in that still needed our second factor keeps its IdP link (back-channel logout).
        sso: pending.ssoConnectionId
          ? { connectionId: pending.ssoConnectionId, subject: pending.ssoSubject ?? '', sid: pending.ssoSid }
          : undefined,
      });
      // One event per attempt; a recovery code's use is that event (with the codes left), not a second one.
      await recordAudit(tx, {
        organizationId,
        action: remaining !== null ? 'mfa.recovery_code.used' : 'auth.second_factor.succeeded',
        actor: userActor(user),
        target: assertionCredential
          ? { type: 'webauthn_credential', id: assertionCredential.id, label: assertionCredential.name }
          : { type: 'user', id: user.id, label: user.email },
        changes: remaining !== null ? { method: input.method, remaining } : { method: input.method },
        meta: ctx.meta,
      });
      if (remaining !== null) await noticeRecoveryCodeUsed(tx, user, organizationId, ctx.meta, remaining);
      return { ticket, enrol: await enrolmentGuidance(tx, user.id, organizationId) };
    });
    await reset('secondFactorPerAccount', user.id);
    return completion;
  } catch (err) {
    if (!(err instanceof SecondStepFailed)) throw err;
    const f = err.failure;
    const consumed = await Promise.all([
      consume('secondFactorPerAccount', user.id),
      consume('secondFactorPerIp', ipKey),
      ...(recovery ? [consume('recoveryCodePerAccount', user.id)] : []),
    ]);
    await db().$transaction(async (tx) => {
      // One event per attempt: a reused code (R13) or a passkey counter going backwards is the failure.
      const action = f.reused
        ? 'mfa.totp.code_reused'
        : f.assertion === 'counter-regression'
          ? 'mfa.passkey.counter_regression'
          : 'auth.second_factor.failed';
      await recordAudit(tx, {
        organizationId,
        action,
        actor: userActor(user),
        target:
          f.assertion === 'counter-regression'
            ? { type: 'webauthn_credential', id: f.credentialId ?? null }
            : { type: 'user', id: user.id, label: user.email },
        outcome: action === 'auth.second_factor.failed' ? 'FAILURE' : 'DENIED',
        changes: { method: input.method, reason: f.reason },
        meta: ctx.meta,
      });
      if (f.reused) await noticeCodeReused(tx, user, organizationId, ctx.meta);
    });
    const now = consumed.filter((s) => s.limited);
    if (now.length) throw limited(Math.max(...now.map((s) => s.retryAfterSeconds)));
    throw WRONG[input.method]();
  }
}

function limited(seconds: number): AppError {
  return new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(seconds) }, undefined, { retryAfterSeconds: seconds });
}
