'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { useLocalePath } from '@/components/i18n/intl-client-provider';
import { SIGNED_IN_HINT_COOKIE } from '@/lib/ui/signed-in-hint';

// The header is part of cached public HTML that every visitor shares, so "Sign in" / "Your account" is
// chosen here from a non-HttpOnly hint cookie that carries no secret (server.mjs keeps it in step with
// the session cookie). A stale hint only mislabels a link: /account still checks the session itself.
const hasHint = () => new RegExp(`(?:^|; )${SIGNED_IN_HINT_COOKIE.replace('.', '\\.')}=1(?:;|$)`).test(document.cookie);
const noSubscription = () => () => {};

export function AccountLink() {
  const signedIn = useSyncExternalStore(noSubscription, hasHint, () => false);
  const t = useTranslations('client.account');
  const href = useLocalePath();
  return signedIn ? (
    <Link href="/account" prefetch={false} className="text-sm text-fg hover:underline">
      {t('yourAccount')}
    </Link>
  ) : (
    <Link href={href('/login')} prefetch={false} className="text-sm text-fg hover:underline">
      {t('signIn')}
    </Link>
  );
}
