'use client';

import { verifyAuditChainAction } from '@/app/(account)/account/audit-log/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

export function VerifyChainButton() {
  const { state, formProps, pending } = useFormAction(verifyAuditChainAction);
  return (
    <form {...formProps} className="space-y-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Verifying…' : 'Verify integrity'}
      </Button>
      {state?.ok && state.data.ok ? (
        <Alert tone="success">
          Integrity verified: all {state.data.checked.toLocaleString('en')} events link up and none was altered.
        </Alert>
      ) : null}
      {state?.ok && !state.data.ok && state.data.firstBreak ? (
        <Alert tone="error">
          The chain is broken at event #{state.data.firstBreak.seq} ({state.data.firstBreak.occurredAt}):{' '}
          {state.data.firstBreak.reason}. {state.data.checked.toLocaleString('en')} earlier events verified. Export the
          log and contact support.
        </Alert>
      ) : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
    </form>
  );
}
