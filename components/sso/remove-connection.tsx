'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { removeSsoConnectionAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

/** Removes the connection (sudo); the server refuses while Require SSO is on and says why. */
export function RemoveSsoConnection({ requireSso }: { requireSso: boolean }) {
  const t = useTranslations('account.sso.removeConnection');
  const remove = useFormAction(removeSsoConnectionAction, { sudo: t('sudoReason') });
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-fg-muted">{requireSso ? t('requiredHelp') : t('help')}</p>
      <Button
        variant="danger"
        disabled={remove.pending}
        onClick={async () => {
          if (!window.confirm(t('confirm'))) return;
          const result = await remove.run({});
          setError(result.ok ? null : result.error);
        }}
      >
        {t('remove')}
      </Button>
      {remove.sudoDialog}
    </div>
  );
}
