'use client';

import { useTranslations } from 'use-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { openSupportSessionAction } from '@/app/(account)/account/support/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export function OpenGrantButton({ grantId, organization }: { grantId: string; organization: string }) {
  const t = useTranslations('account.supportAccess.openGrantButton');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      <Button
        disabled={pending}
        aria-label={`Open ${organization}’s account`}
        onClick={async () => {
          setPending(true);
          const r = await openSupportSessionAction(null, { grantId });
          if (r.ok) {
            router.replace('/account');
            router.refresh();
          } else {
            setPending(false);
            setError(r.error);
          }
        }}
      >
        {pending ? t('opening') : t('openAccount')}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
