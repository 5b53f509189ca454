import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password-hash';
import { passwordProblems } from '@/lib/auth/password-policy';
import { createSession } from '@/lib/auth/sessions';
import { sha256Hex } from '@/lib/auth/tokens';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TCompleteSignup } from '@/lib/validation/signup';
import { uniqueOrganizationSlug } from './organization-slug';
import { auditRefusedLink, lookupSignupLink, SIGNUP_LINK_REASONS, type SignupLinkState } from './signup-link';
import { signupRefusalFor } from './signup-policy';

export interface CompleteSignupResult {
  organization: { id: string; name: string; slug: string };
  /** The new session's cookie token: the caller sets it (the owner is signed in). */
  sessionToken: string;
}

/**
 * The verified address creates its customer organization, with the user as its Owner and the chosen
 * password (length and breached-list policy, R1–R3), and is signed in. The link works once, also when two
 * requests race (the conditional claim); a refused password does not burn it. Everything from here on is
 * in the new organization's audit chain; refused links are audited in the global chain.
 */
export async function completeSignup(ctx: Ctx, input: TCompleteSignup): Promise<CompleteSignupResult> {
  const limit = await consume('signupLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(limit.retryAfterSeconds) });

  const link = await lookupSignupLink(input.token);
  if (link.state !== 'open') throw await refuseLink(ctx, link);
  const refusal = signupRefusalFor(link.email);
  if (refusal) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: null,
        action: 'signup.refused',
        actor: { type: 'ANONYMOUS', id: null, label: null },
        outcome: 'DENIED',
        target: { type: 'signup', id: link.id, label: link.email },
        changes: { reason: refusal.reason, step: 'completion' },
        meta: ctx.meta,
      }),
    );
    throw refusal.reason === 'closed'
      ? new AppError('SIGNUP_CLOSED')
      : new AppError('SIGNUP_LINK_DOMAIN_NOT_ALLOWED', { domains: refusal.domains });
  }

  const problems = passwordProblems(input.newPassword, { email: link.email, name: input.name });
  if (problems.length) throw new AppError('VALIDATION', undefined, { newPassword: problems });
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();

  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.signupVerification.updateMany({
        where: { id: link.id, tokenHash: sha256Hex(input.token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) throw new LinkTaken();
      // Other links still pending for this address die with this one.
      await tx.signupVerification.updateMany({ where: { email: link.email, usedAt: null }, data: { usedAt: now } });
      const slug = await uniqueOrganizationSlug(tx, input.organizationName);
      const organization = await tx.organization.create({
        data: { name: input.organizationName, slug, kind: 'CUSTOMER' },
      });
      const user = await tx.user.create({
        data: { email: link.email, name: input.name, passwordHash, passwordChangedAt: now, lastSignInAt: now },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: 'owner' } });
      await tx.signupVerification.update({ where: { id: link.id }, data: { organizationId: organization.id } });
      const { token, sessionId } = await createSession(tx, {
        userId: user.id,
        organizationId: organization.id,
        ip: ctx.meta.ip,
        userAgent: ctx.meta.userAgent,
      });
      await recordAudit(tx, {
        organizationId: organization.id,
        action: 'signup.completed',
        actor: { type: 'USER', id: user.id, label: user.email },
        target: { type: 'organization', id: organization.id, label: organization.name },
        changes: {
          after: { organization: organization.name, slug, owner: user.email, role: 'Owner' },
          emailVerifiedBy: 'sign-up link',
          signedIn: sessionId,
        },
        meta: ctx.meta,
      });
      return { organization: { id: organization.id, name: organization.name, slug }, sessionToken: token };
    });
  } catch (err) {
    if (err instanceof LinkTaken) throw await refuseLink(ctx, { state: 'used', id: link.id, email: link.email });
    // The address got an account in the meantime (an invitation accepted, a racing sign-up).
    if ((err as { code?: string })?.code === 'P2002')
      throw await refuseLink(ctx, { state: 'account-exists', id: link.id, email: link.email });
    throw err;
  }
}

class LinkTaken extends Error {}

async function refuseLink(ctx: Ctx, link: Exclude<SignupLinkState, { state: 'open' }>): Promise<AppError> {
  await auditRefusedLink(ctx, link, 'completion');
  return link.state === 'account-exists'
    ? new AppError(SIGNUP_LINK_REASONS[link.state])
    : appErrorOnFields(['token'], SIGNUP_LINK_REASONS[link.state]);
}
