import type { Ctx } from '@/lib/context';
import { consume } from '@/lib/security/rate-limit';
import { refuseEmailChangeLink } from './confirm-email-change';
import { lookupEmailChangeLink } from './email-change-link';

export type EmailChangeLinkView =
  | { state: 'open'; newEmail: string }
  | { state: 'refused'; message: string; reason: string; params?: Record<string, string | number> }
  | { state: 'rate-limited' };

/**
 * For /confirm-email: opening the link changes nothing (mail scanners open links; a button confirms).
 * A wrong, used or expired link gets a clear message and an audit event.
 */
export async function getEmailChangeLink(ctx: Ctx, input: { token: string }): Promise<EmailChangeLinkView> {
  const limit = await consume('emailChangeLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) return { state: 'rate-limited' };
  const link = await lookupEmailChangeLink(input.token);
  if (link.state === 'open') return { state: 'open', newEmail: link.newEmail };
  const refusal = await refuseEmailChangeLink(ctx, link, 'opened');
  return { state: 'refused', message: refusal.message, reason: refusal.reason, params: refusal.params };
}
