'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';

/**
 * Lockout protection: saving a panel list that refuses the admin's own address needs an explicit
 * confirmation naming that address.
 */
export function LockoutDialog({ ip, onDone }: { ip: string; onDone: (confirmed: boolean) => void }) {
  const t = useTranslations('account.ipAccess.lockoutDialog');
  const [understood, setUnderstood] = useState(false);
  return (
    <Modal
      title={t('refuseYourOwnAddress')}
      wide
      onClose={() => onDone(false)}
      description={
        <div className="space-y-3">
          <p className="text-fg">
            {t.rich('yourCurrentAddressIs', {
              ip: ip,
              strong: (chunks) => <strong className="font-mono">{chunks}</strong>,
              span: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </p>
          <p>{t('onlyAnAdministratorAt')}</p>
        </div>
      }
    >
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <span>{t('iUnderstandThatWill', { ip: ip })}</span>
      </label>
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={() => onDone(false)} autoFocus>
          {t('cancel')}
        </Button>
        <Button variant="danger" disabled={!understood} onClick={() => onDone(true)}>
          {t('saveAndRefuse', { ip: ip })}
        </Button>
      </div>
    </Modal>
  );
}
