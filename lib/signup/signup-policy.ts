import { getConfig } from '@/lib/config';

// Who may sign up (SIGNUP_MODE, SIGNUP_EMAIL_DOMAINS). Checked when the link is asked for and again when
// it is used, so turning sign-up off also stops links already sent.

export type SignupRefusal = { reason: 'closed' | 'domain'; message: string };

export function signupIsOpen(): boolean {
  return getConfig().signup.mode !== 'off';
}

/** Why this address may not sign up, or null when it may. */
export function signupRefusalFor(email: string): SignupRefusal | null {
  const { mode, emailDomains } = getConfig().signup;
  if (mode === 'off') return { reason: 'closed', message: 'Sign-up is closed. Ask the administrator of your organization to invite you.' };
  if (mode === 'allowlist') {
    const domain = email.split('@').pop()?.toLowerCase() ?? '';
    if (!emailDomains.includes(domain)) {
      return {
        reason: 'domain',
        message: `Sign-up is open only to addresses at ${emailDomains.join(', ')}. Use your work address, or ask to be invited.`,
      };
    }
  }
  return null;
}
