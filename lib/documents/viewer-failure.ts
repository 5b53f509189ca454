import { formatReason } from '@/lib/messages/errors';
import { getConfig } from '@/lib/config';

// The request page after a refused sign-in (GET /documents/verify/callback redirects there): the address
// carries only a reason from this list and a fixed word for the provider, never text to show as is.

const FAILURES = [
  'VIEWER_SSO_EXPIRED',
  'VIEWER_SSO_PERSONAL_ACCOUNT',
  'VIEWER_SSO_EMAIL_UNVERIFIED',
  'VIEWER_SSO_EMAIL_MISMATCH',
  'VIEWER_SSO_UNAVAILABLE',
  'VIEWER_SSO_REFUSED',
  'RATE_LIMITED',
] as const;

export function viewerFailureMessage(reason: unknown, via: unknown): string | null {
  const known = FAILURES.find((f) => f === reason);
  if (!known) return null;
  const provider =
    getConfig().viewerProviders.find((p) => p.key === via)?.label ??
    (via === 'sso' ? 'your company’s single sign-on' : 'your identity provider');
  if (known === 'RATE_LIMITED') return formatReason('RATE_LIMITED');
  const text = formatReason(known, { provider });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
