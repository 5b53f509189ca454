import { Alert } from '@/components/ui/alert';

/** After an SSO sign-in (/api/sso/callback adds ?sso=…): says whether a second factor was skipped, and why. */
export function SsoSignedInNotice({ value }: { value: string | undefined }) {
  if (!value) return null;
  const text =
    value === 'mfa-amr'
      ? 'Signed in with single sign-on. Your identity provider confirmed multi-factor authentication (amr: mfa), so no second factor was asked here.'
      : value === 'mfa-idp'
        ? 'Signed in with single sign-on. Your organization’s identity provider enforces multi-factor authentication, so no second factor was asked here.'
        : value === '1'
          ? 'Signed in with single sign-on.'
          : null;
  return text ? <Alert tone="info">{text}</Alert> : null;
}
