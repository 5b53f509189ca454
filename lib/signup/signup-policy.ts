import { getConfig } from '@/lib/config';
import { formatReason } from '@/lib/messages/errors';

// Who may sign up (SIGNUP_MODE, SIGNUP_EMAIL_DOMAINS). Checked when the link is asked for and again when
// it is used, so turning sign-up off also stops links already sent.

export type SignupRefusal =
  { reason: 'closed'; message: string } | { reason: 'domain'; message: string; domains: string };

export function signupIsOpen(): boolean {
  return getConfig().signup.mode !== 'off';
}

/** Why this address may not sign up, or null when it may. */
export function signupRefusalFor(email: string): SignupRefusal | null {
  const { mode, emailDomains } = getConfig().signup;
  if (mode === 'off') return { reason: 'closed', message: formatReason('SIGNUP_CLOSED') };
  if (mode === 'allowlist') {
    const domain = email.split('@').pop()?.toLowerCase() ?? '';
    if (!emailDomains.includes(domain)) {
      const domains = emailDomains.join(', ');
      return { reason: 'domain', message: formatReason('SIGNUP_DOMAIN_NOT_ALLOWED', { domains }), domains };
    }
  }
  return null;
}
