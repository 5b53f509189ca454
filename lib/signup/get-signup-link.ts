import type { Ctx } from '@/lib/context';
import { consume } from '@/lib/security/rate-limit';
import { formatReason, type ErrorReason } from '@/lib/messages/errors';
import { auditRefusedLink, lookupSignupLink, SIGNUP_LINK_REASONS } from './signup-link';
import { signupRefusalFor } from './signup-policy';

export type SignupLinkView =
  | { state: 'open'; email: string; expiresAt: Date }
  | { state: 'refused'; message: string; reason: ErrorReason; params?: Record<string, string>; askAgain: boolean }
  | { state: 'rate-limited' };

/**
 * For /signup/confirm: opening the link shows the form and consumes nothing (mail scanners open links);
 * a wrong, used or expired link gets a clear message and an audit event in the global chain.
 */
export async function getSignupLink(ctx: Ctx, input: { token: string }): Promise<SignupLinkView> {
  const limit = await consume('signupLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) return { state: 'rate-limited' };
  const link = await lookupSignupLink(input.token);
  if (link.state === 'open') {
    const refusal = signupRefusalFor(link.email);
    if (!refusal) return { state: 'open', email: link.email, expiresAt: link.expiresAt };
    const reason = refusal.reason === 'closed' ? 'SIGNUP_CLOSED' : 'SIGNUP_DOMAIN_NOT_ALLOWED';
    const params = refusal.reason === 'domain' ? { domains: refusal.domains } : undefined;
    return { state: 'refused', message: refusal.message, reason, params, askAgain: false };
  }
  await auditRefusedLink(ctx, link, 'opened');
  return {
    state: 'refused',
    message: formatReason(SIGNUP_LINK_REASONS[link.state]),
    reason: SIGNUP_LINK_REASONS[link.state],
    askAgain: link.state !== 'account-exists',
  };
}
