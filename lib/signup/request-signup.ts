import { recordAudit } from '@/lib/audit/record';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TSignupRequest } from '@/lib/validation/signup';
import { signupEmails } from './emails';
import { signupRefusalFor } from './signup-policy';

export const SIGNUP_LINK_MINUTES = 30;

const anonymous = { type: 'ANONYMOUS' as const, id: null, label: null };

/**
 * Counts a sign-up request against the limits (per address asked for and per client address) and applies
 * SIGNUP_MODE. Separate from the work, so the answer goes out before the work runs: it is the same, in
 * the same time, whether or not the address has an account. A refusal (closed, domain not allowed) is
 * audited in the global chain; it says nothing about accounts.
 */
export async function checkSignupRequestAllowed(ctx: Ctx, input: TSignupRequest): Promise<void> {
  const [ip, address] = await Promise.all([
    consume('signupPerIp', ctx.meta.ip ?? 'unknown'),
    consume('signupPerEmail', input.email),
  ]);
  if (ip.limited || address.limited) {
    const wait = Math.max(ip.retryAfterSeconds, address.retryAfterSeconds);
    throw new AppError('SIGN_UP_RATE_LIMITED', { wait: minutesText(wait) });
  }
  const refusal = signupRefusalFor(input.email);
  if (!refusal) return;
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: null,
      action: 'signup.refused',
      actor: anonymous,
      outcome: 'DENIED',
      target: { type: 'email', id: null, label: input.email },
      changes: { reason: refusal.reason },
      meta: ctx.meta,
    }),
  );
  if (refusal.reason === 'closed') throw new AppError('SIGNUP_CLOSED');
  throw appErrorOnFields(['email'], 'SIGNUP_DOMAIN_NOT_ALLOWED', { domains: refusal.domains });
}

/**
 * Sends the sign-up link (256-bit token, stored hashed, single use, 30 minutes) — or, when the address
 * already has an account, a "you already have an account" email instead. Nothing is created yet: only
 * the verified address creates an organization (completeSignup).
 */
export async function requestSignup(ctx: Ctx, input: TSignupRequest): Promise<void> {
  const { brand, appUrl } = getConfig();
  const existing = await db().user.findUnique({ where: { email: input.email } });
  if (existing) {
    await db().$transaction(async (tx) => {
      await recordAudit(tx, {
        organizationId: null,
        action: 'signup.existing_account',
        actor: anonymous,
        target: { type: 'user', id: existing.id, label: existing.email },
        meta: ctx.meta,
      });
      if (existing.status !== 'ACTIVE') return;
      await enqueueMail(tx, {
        to: existing.email,
        template: 'signupExistingAccount',
        rendered: signupEmails.alreadyHaveAccount({
          brand: brand.name,
          name: existing.name,
          signInUrl: new URL('/login', appUrl).toString(),
          resetUrl: new URL('/forgot-password', appUrl).toString(),
        }),
      });
    });
    return;
  }
  const token = randomToken(32);
  await db().$transaction(async (tx) => {
    const row = await tx.signupVerification.create({
      data: {
        email: input.email,
        tokenHash: sha256Hex(token),
        requestedIp: ctx.meta.ip,
        expiresAt: new Date(Date.now() + SIGNUP_LINK_MINUTES * 60_000),
      },
    });
    await recordAudit(tx, {
      organizationId: null,
      action: 'signup.requested',
      actor: anonymous,
      target: { type: 'signup', id: row.id, label: input.email },
      meta: ctx.meta,
    });
    const url = new URL('/signup/confirm', appUrl);
    url.searchParams.set('token', token);
    await enqueueMail(tx, {
      to: input.email,
      template: 'signupVerify',
      rendered: signupEmails.verify({ brand: brand.name, url: url.toString(), minutes: SIGNUP_LINK_MINUTES }),
    });
  });
}
