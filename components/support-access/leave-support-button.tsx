'use client';

import { useTranslations } from 'use-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { leaveSupportSessionAction } from '@/app/(account)/account/support/actions';

export function LeaveSupportButton() {
  const t = useTranslations('account.supportAccess.leaveSupportButton');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      className="rounded-md border border-current px-3 py-1.5 text-sm font-semibold hover:underline disabled:opacity-60"
      onClick={async () => {
        setPending(true);
        const r = await leaveSupportSessionAction(null, {});
        // Ended or not, the staff member's own pages are where to go next.
        router.replace(r.ok ? '/account/support' : '/login');
        router.refresh();
      }}
    >
      {pending ? t('leaving') : t('leaveSupportSession')}
    </button>
  );
}
