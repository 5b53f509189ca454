'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import { regenerateRecoveryCodesAction } from '@/app/(account)/account/security/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useFormAction } from '@/components/ui/use-form-action';
import { RecoveryCodesDialog } from './totp-panel';

/** How many recovery codes remain, a warning when few do, and regeneration (sudo; old codes stop working). */
export function RecoveryCodesPanel({
  recoveryCodes,
  enabled,
  account,
}: {
  recoveryCodes: { remaining: number; total: number; low: boolean };
  enabled: boolean;
  account: string;
}) {
  const t = useTranslations('account.mfa.recoveryCodesPanel');
  const regenerate = useFormAction(regenerateRecoveryCodesAction, { sudo: t('newRecoveryCodesReplace') });
  const [confirming, setConfirming] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  if (!enabled) {
    return <p className="text-sm text-fg-muted">{t('youGet10Recovery')}</p>;
  }
  const { remaining, total } = recoveryCodes;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        {t.rich('ofRecoveryCodesLeft', {
          remaining: remaining,
          total: total,
          span: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      {recoveryCodes.low ? (
        <Alert tone="error">{remaining === 0 ? t('youHaveNoRecovery') : t('onlyFewLeft', { remaining })}</Alert>
      ) : null}
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('generateNewRecoveryCodes')}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={t('generateNewRecoveryCodes2')}
          body={t('yourCurrentRecoveryCodes')}
          confirmLabel={t('generateNewCodes')}
          pendingLabel={t('generating')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const result = await regenerate.run({});
            if (result.ok) setCodes(result.data.recoveryCodes);
            return result.ok || result.code === 'REAUTH_REQUIRED' ? null : result.error;
          }}
        />
      ) : null}
      {codes ? (
        <RecoveryCodesDialog
          codes={codes}
          account={account}
          intro={t('yourOldCodesNo')}
          onClose={() => setCodes(null)}
        />
      ) : null}
      {regenerate.sudoDialog}
    </div>
  );
}
