'use client';

import { useTranslations } from 'use-intl';
import { verifyAuditChainAction } from '@/app/(account)/account/audit-log/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

export function VerifyChainButton() {
  const t = useTranslations('account.audit.verifyChainButton');
  const { state, formProps, pending } = useFormAction(verifyAuditChainAction);
  return (
    <form {...formProps} className="space-y-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t('verifying') : t('verifyIntegrity')}
      </Button>
      {state?.ok && state.data.ok ? (
        <Alert tone="success">{t('integrityVerifiedAllEvents', { checked: state.data.checked })}</Alert>
      ) : null}
      {state?.ok && !state.data.ok && state.data.firstBreak ? (
        <Alert tone="error">
          {t('theChainIsBroken', {
            seq: String(state.data.firstBreak.seq),
            occurredAt: state.data.firstBreak.occurredAt,
            reason: state.data.firstBreak.reason,
            checked: state.data.checked,
          })}
        </Alert>
      ) : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
    </form>
  );
}
