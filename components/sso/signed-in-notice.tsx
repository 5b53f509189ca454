import { Alert } from '@/components/ui/alert';
import { getConsoleTranslator } from '@/lib/i18n/console';

const KEYS: Record<string, string> = { 'mfa-amr': 'mfaAmr', 'mfa-idp': 'mfaIdp', '1': 'plain' };

/** After an SSO sign-in (/api/sso/callback adds ?sso=…): says whether a second factor was skipped, and why. */
export async function SsoSignedInNotice({ value }: { value: string | undefined }) {
  const key = value && Object.hasOwn(KEYS, value) ? KEYS[value] : undefined;
  if (!key) return null;
  const t = await getConsoleTranslator('account.sso.signedIn');
  return <Alert tone="info">{t(key)}</Alert>;
}
