'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { approveDomainClaimAction } from '@/app/(studio)/studio/customers/sso-domains/actions';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

export function ApproveDomainButton({ domainId, domain }: { domainId: string; domain: string }) {
  const t = useTranslations('studio.customers.ssoClaims');
  const approve = useFormAction(approveDomainClaimAction, { sudo: true });
  const [note, setNote] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      {note ? <span role="status">{note}</span> : null}
      <Button
        disabled={approve.pending}
        onClick={async () => {
          const r = await approve.run({ domainId });
          setNote(r.ok ? t('approved', { domain }) : r.error);
        }}
      >
        {t('approve', { domain })}
      </Button>
      {approve.sudoDialog}
    </span>
  );
}
