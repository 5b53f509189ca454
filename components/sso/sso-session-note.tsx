'use client';

import { useTranslations } from 'use-intl';
import type { SessionDTO } from '@/lib/auth/sessions-dto';

/**
 * In the sessions list: a session signed in through SSO says so, and — when no second factor of ours was
 * asked — which of the two reasons applied (the ID token's amr said mfa, or the connection says the IdP
 * enforces MFA).
 */
export function SsoSessionNote({ sso }: { sso: SessionDTO['sso'] }) {
  const t = useTranslations('account.sso.sessionNote');
  if (!sso) return null;
  return <span className="mt-1 block text-xs text-fg-muted">{t(sso)}</span>;
}
