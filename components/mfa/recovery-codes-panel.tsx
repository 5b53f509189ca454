'use client';

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
  const regenerate = useFormAction(regenerateRecoveryCodesAction, { sudo: 'New recovery codes replace the old ones.' });
  const [confirming, setConfirming] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  if (!enabled) {
    return <p className="text-sm text-fg-muted">You get 10 recovery codes when you set up your first second factor.</p>;
  }
  const { remaining, total } = recoveryCodes;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <span className="font-semibold">
          {remaining} of {total}
        </span>{' '}
        recovery codes left. Each works once, when you cannot use your other factors.
      </p>
      {recoveryCodes.low ? (
        <Alert tone="error">
          {remaining === 0
            ? 'You have no recovery codes left. Generate new ones now, or you could be locked out if you lose your other factors.'
            : `Only ${remaining} recovery ${remaining === 1 ? 'code is' : 'codes are'} left. Generate new ones and keep them somewhere safe.`}
        </Alert>
      ) : null}
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Generate new recovery codes
      </Button>
      {confirming ? (
        <ConfirmDialog
          title="Generate new recovery codes?"
          body="Your current recovery codes will stop working immediately, including any you have saved."
          confirmLabel="Generate new codes"
          pendingLabel="Generating…"
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
          intro="Your old codes no longer work."
          onClose={() => setCodes(null)}
        />
      ) : null}
      {regenerate.sudoDialog}
    </div>
  );
}
