'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';

/**
 * Opens a full sign-in at the IdP in a popup; the popup ends on /account/sso/test-result with the claims.
 * A plain link underneath: with popups blocked or no JavaScript, the test opens in a new tab instead.
 */
export function TestConnectionButton({ disabled }: { disabled: boolean }) {
  const t = useTranslations('account.sso.testConnection');
  if (disabled) return <span className="text-sm text-fg-muted">{t('saveFirst')}</span>;
  return (
    <Link
      href="/api/sso/test"
      prefetch={false}
      target="sso-test"
      rel="opener"
      className="inline-flex items-center justify-center rounded-md border border-border px-4 py-2 text-sm font-medium"
      onClick={(event) => {
        if (window.open('/api/sso/test', 'sso-test', 'popup,width=560,height=720')) event.preventDefault();
      }}
    >
      {t('test')}
    </Link>
  );
}
