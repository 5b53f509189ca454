import { formatReason } from '@/lib/messages/errors';
import { getConfig } from '@/lib/config';
import { reasonMessage } from '@/lib/i18n/errors';
import { getTranslator, SOURCE_LOCALE } from '@/lib/i18n/translator';

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

/** The refusal in `locale` (messages/<locale>/errors.json `reasons`; English where a language lacks it). */
export function viewerFailureMessage(reason: unknown, via: unknown, locale: string = SOURCE_LOCALE): string | null {
  const known = FAILURES.find((f) => f === reason);
  if (!known) return null;
  const t = getTranslator(locale, 'documentFlow.viewer');
  const provider =
    getConfig().viewerProviders.find((p) => p.key === via)?.label ??
    (via === 'sso' ? t('companySso') : t('identityProvider'));
  if (known === 'RATE_LIMITED') return reasonMessage(locale, known) ?? formatReason('RATE_LIMITED');
  const text = reasonMessage(locale, known, { provider }) ?? formatReason(known, { provider });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
